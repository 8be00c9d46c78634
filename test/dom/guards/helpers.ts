/**
 * What the guards' DOM tests share: jsdom lacks <dialog>.showModal() and has no way to make a
 * trusted event, so both are supplied here; the real-browser tests cover the real ones.
 */
import type { ActPolicy } from '../../../src/core/acts';
import { guardTextsFor } from '../../../src/core/acts-texts';
import type { ActException } from '../../../src/core/guard-policy';
import type { Verdict } from '../../../src/core/verdict';
import { createGuardContext } from '../../../src/content/guards/context';
import type { GuardContext } from '../../../src/content/guards/types';

export function installDialogSupport(): void {
  const prototype = HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void };
  if (typeof prototype.showModal === 'function') return;
  prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

/** Records every shadow root created, closed ones included (a test may look; a page may not). */
export function recordShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  return roots;
}

type Impl = { isTrusted: boolean; _dispatch(event: Impl): boolean };
function implOf(wrapper: object): Impl {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => s.description === 'impl');
  if (!symbol) throw new Error('not a jsdom wrapper');
  return (wrapper as Record<symbol, Impl>)[symbol] as Impl;
}

/** Dispatches `event` as the browser does for a user's own input: isTrusted is true. */
export function dispatchTrusted(target: EventTarget, event: Event): boolean {
  const eventImpl = implOf(event);
  eventImpl.isTrusted = true;
  return implOf(target)._dispatch(eventImpl);
}

export function userClick(element: Element): boolean {
  return dispatchTrusted(element, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 }));
}

export const FLAGGED: Verdict = {
  flagged: true,
  matches: [{
    listId: 'ru-undesirable',
    entryId: 'rferl',
    organization: { en: 'Radio Free Europe/Radio Liberty', ru: 'Радио Свободная Европа/Радио Свобода' },
    jurisdictions: ['RU'],
    sources: [],
    listTitle: { en: 'Undesirable organizations (Russia)' },
  }],
  evidence: [],
};

export interface TestContext {
  context: GuardContext;
  hints: string[];
  remembered: ActException[];
  shareHookRequests: string[];
}

export function testContext(
  signal: AbortSignal,
  acts?: Partial<ActPolicy>,
  exceptions: ActException[] = [],
): TestContext {
  const hints: string[] = [];
  const remembered: ActException[] = [];
  const shareHookRequests: string[] = [];
  const base: ActPolicy = {
    read: 'none', share: 'none', like: 'none', comment: 'none', save: 'none', copy: 'none',
    print: 'none', download: 'none', donate: 'none', contact: 'none', subscribe: 'none',
  };
  const context = createGuardContext({
    verdict: { ...FLAGGED, ...(acts ? { acts: { ...base, ...acts } } : {}) },
    language: 'en',
    texts: guardTextsFor('en'),
    host: 'www.rferl.org',
    exceptions: () => exceptions,
    rememberException: async (exception) => {
      remembered.push(exception);
    },
    hint: (text) => hints.push(text),
    requestShareHook: (eventName) => shareHookRequests.push(eventName),
    signal,
  });
  return { context, hints, remembered, shareHookRequests };
}

/** The open confirmation, from the recorded shadow roots. */
export function openDialog(roots: ShadowRoot[]): HTMLDialogElement | null {
  for (const root of roots) {
    if (!root.host.isConnected) continue;
    const dialog = root.querySelector('dialog[open]');
    if (dialog instanceof HTMLDialogElement) return dialog;
  }
  return null;
}

export function button(dialog: HTMLDialogElement, name: 'cancel' | 'continue'): HTMLButtonElement {
  const found = dialog.querySelector(`button.${name}`);
  if (!(found instanceof HTMLButtonElement)) throw new Error(`no ${name} button`);
  return found;
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
