import type { DismissScope, NoticeModel } from '../../core/notice/model';
import { onTrustedEvent } from '../ui/protected-host';
import { NOTICE_CSS } from './styles';
import { trapFocus } from '../ui/focus-trap';

export interface NoticeHandlers {
  onDismiss(scope: DismissScope): void;
  /** Interstitial only: the reader chose to see the page. */
  onContinue?(): void;
  /** Interstitial only: the reader chose to leave. */
  onGoBack?(): void;
}

export interface NoticeView {
  /** The element that must stay visible on top of the page. */
  surface: HTMLElement;
  /** Puts the notice back above anything the page shows (top layer). */
  raise(): void;
  /** Moves keyboard focus into the notice (the interstitial does it by itself). */
  focus(): void;
  remove(): void;
}

const WARNING_ICON_PATH = 'M12 2 1 21h22L12 2zm0 5.5 7.5 13h-15L12 7.5zM11 11v4h2v-4h-2zm0 5.5v2h2v-2h-2z';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an element with plain-text content: notice texts are never parsed as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

function warningIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', WARNING_ICON_PATH);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

function list(items: readonly string[]): HTMLUListElement {
  const ul = element('ul');
  for (const item of items) ul.append(element('li', {}, item));
  return ul;
}

/** "Why am I seeing this?": the evidence, the law and the sources, hidden until asked for. */
function details(model: NoticeModel, id: string): HTMLElement {
  const section = element('div', { id, class: 'details', hidden: '' });
  if (model.evidence.length > 0) section.append(element('h3', {}, model.evidenceHeading), list(model.evidence));
  for (const note of model.unverified) section.append(element('p', {}, note));
  if (model.lawSummary.length + model.penalties.length > 0) {
    section.append(element('h3', {}, model.lawHeading));
    for (const summary of model.lawSummary) section.append(element('p', {}, summary));
    if (model.penalties.length > 0) section.append(list(model.penalties));
  }
  if (model.sources.length > 0) {
    section.append(element('h3', {}, model.sourcesHeading));
    const ul = element('ul');
    for (const source of model.sources) {
      const item = element('li');
      item.append(source.url
        ? element('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.text)
        : document.createTextNode(source.text));
      ul.append(item);
    }
    section.append(ul);
  }
  return section;
}

/** A button that shows and hides `target`, saying so to assistive technology. */
function disclosure(label: string, target: HTMLElement, signal: AbortSignal): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': target.id }, label);
  onTrustedEvent(button, 'click', () => {
    const open = target.hidden;
    target.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  }, { signal });
  return button;
}

/** Who listed the organization, where and when, and the law: a fresh copy per call. */
function factLines(model: NoticeModel): () => HTMLElement[] {
  return () => [
    ...model.facts.map((fact) => element('p', { class: 'facts' }, fact)),
    ...(model.accounts ?? []).map((account) => element('p', { class: 'facts account' }, account)),
    ...(model.law ? [element('p', { class: 'law' }, model.law)] : []),
  ];
}

interface Parts {
  root: HTMLElement;
  headline: HTMLElement;
  risk: HTMLElement;
  controls: HTMLElement;
  details: HTMLElement;
}

/** The content both modes share: headline, facts, risk, law, the details toggle and dismissal. */
function content(model: NoticeModel, tag: 'section' | 'dialog', handlers: NoticeHandlers, signal: AbortSignal, movedHere = false): Parts {
  const root = element(tag, { class: `notice ${model.mode}`, lang: model.language, dir: 'ltr' });
  const layout = element('div', { class: 'layout' });
  const body = element('div', { class: 'body' });
  const headline = element(tag === 'dialog' ? 'h2' : 'p', { class: 'headline', id: 'notice-headline' }, model.headline);
  const risk = element('p', { class: 'risk', id: 'notice-risk' }, model.risk);
  if (movedHere) body.append(element('p', { class: 'moved-here' }, model.movedHere));
  body.append(headline, risk);
  const facts = factLines(model);
  // On a narrow banner the facts move into the details, so the article stays in view; both copies
  // are display-toggled by width, so a screen reader meets exactly one of them.
  body.append(element('div', { class: 'facts-block wide-facts' }, undefined, facts()));

  const detailsPart = details(model, 'notice-details');
  detailsPart.prepend(element('div', { class: 'facts-block narrow-facts' }, undefined, facts()));
  const controls = element('div', { class: 'controls' });
  controls.append(disclosure(model.whyToggle, detailsPart, signal));

  const dismissOptions = element('div', { id: 'notice-dismiss-options', class: 'dismiss', role: 'group', hidden: '' });
  const scopes: [DismissScope, string][] = [
    ['site', model.dismissSite],
    ['account', model.dismissAccount],
    ['organization', model.dismissOrganization],
    ['session', model.dismissSession],
  ];
  for (const [scope, label] of scopes) {
    if (!label) continue; // not offered here (a platform's account: not the whole site)
    const button = element('button', { type: 'button', 'data-dismiss': scope }, label);
    onTrustedEvent(button, 'click', () => handlers.onDismiss(scope), { signal });
    dismissOptions.append(button);
  }
  const dismissToggle = disclosure(model.dismissHeading, dismissOptions, signal);
  dismissToggle.id = 'notice-dismiss-toggle';
  dismissOptions.setAttribute('aria-labelledby', dismissToggle.id);
  controls.append(dismissToggle, dismissOptions);

  body.append(controls, detailsPart);
  layout.append(warningIcon(), body);
  root.append(layout);
  return { root, headline, risk, controls, details: detailsPart };
}

function renderBanner(container: ShadowRoot | HTMLElement, model: NoticeModel, handlers: NoticeHandlers, signal: AbortSignal): NoticeView {
  const parts = content(model, 'section', handlers, signal);
  const banner = parts.root;
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', model.regionLabel);
  // Announced once: the text goes into a live region after insertion, and re-insertions after a
  // page removed the host do not change it, so nothing is announced twice.
  const announcement = element('p', { class: 'sr-only', 'aria-live': 'polite' });
  banner.prepend(announcement);
  container.append(banner);
  const announceTimer = setTimeout(() => { announcement.textContent = `${model.headline}. ${model.risk}`; }, 250);
  signal.addEventListener('abort', () => clearTimeout(announceTimer), { once: true });

  return {
    surface: banner,
    raise() {
      // Only once a page covered the banner: it then leaves the flow for the top layer.
      banner.setAttribute('popover', 'manual');
      if (banner.matches(':popover-open')) banner.hidePopover();
      banner.showPopover();
    },
    focus() {
      parts.controls.querySelector('button')?.focus();
    },
    remove() {
      banner.remove();
    },
  };
}

function renderInterstitial(
  container: ShadowRoot | HTMLElement,
  model: NoticeModel,
  handlers: NoticeHandlers,
  signal: AbortSignal,
  { preview = false, movedHere = false }: RenderOptions,
): NoticeView {
  const parts = content(model, 'dialog', handlers, signal, movedHere);
  const dialog = parts.root as HTMLDialogElement;
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', String(!preview));
  dialog.setAttribute('aria-labelledby', parts.headline.id);
  dialog.setAttribute('aria-describedby', parts.risk.id);

  const choices = element('div', { class: 'choices' });
  const goBack = element('button', { type: 'button', class: 'primary', 'data-choice': 'back' }, model.goBackLabel);
  const proceed = element('button', { type: 'button', 'data-choice': 'continue' }, model.continueLabel);
  choices.append(goBack, proceed);
  // The facts first, then the decision.
  (parts.root.querySelector('.wide-facts') ?? parts.risk).after(choices);

  let leaving = false;
  const close = (then?: () => void) => {
    leaving = true;
    dialog.close();
    then?.();
  };
  onTrustedEvent(goBack, 'click', () => close(handlers.onGoBack), { signal });
  onTrustedEvent(proceed, 'click', () => close(handlers.onContinue), { signal });
  // Escape must not slip past the warning: it keeps the cover and points at the safe way out.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    goBack.focus();
  }, { signal });
  onTrustedEvent(dialog, 'keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    goBack.focus();
  }, { signal });
  if (!preview) trapFocus(dialog, signal);
  // Browsers may still close a modal on repeated Escape; nothing but a choice may end it.
  dialog.addEventListener('close', () => {
    if (!leaving && !dialog.open && !signal.aborted) show();
  }, { signal });

  const show = () => {
    if (!dialog.isConnected) return;
    if (dialog.open) dialog.close();
    leaving = false;
    dialog.showModal();
    goBack.focus();
  };
  container.append(dialog);
  if (preview) {
    // A preview sits in its page like any element: open, but neither modal nor insistent.
    leaving = true;
    dialog.setAttribute('open', '');
  } else {
    show();
  }

  return {
    surface: dialog,
    raise: show,
    focus: () => goBack.focus(),
    remove() {
      leaving = true;
      dialog.remove();
    },
  };
}

export interface RenderOptions {
  /** The options page's live preview: the interstitial is drawn in place, not as a modal cover. */
  preview?: boolean;
  /** The extension's own warning page: the interstitial first says why it is shown there. */
  movedHere?: boolean;
}

/**
 * Draws the notice into `container` (the content script's closed shadow root, or a shadow root in
 * the options page's live preview) and wires its buttons to `handlers`; only trusted (user)
 * events count. Aborting `signal` removes it.
 */
export function renderNotice(
  container: ShadowRoot | HTMLElement,
  model: NoticeModel,
  handlers: NoticeHandlers,
  signal: AbortSignal,
  options: RenderOptions = {},
): NoticeView {
  const style = element('style', {}, NOTICE_CSS);
  container.append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
  const view = model.mode === 'interstitial'
    ? renderInterstitial(container, model, handlers, signal, options)
    : renderBanner(container, model, handlers, signal);
  signal.addEventListener('abort', () => view.remove(), { once: true });
  return view;
}
