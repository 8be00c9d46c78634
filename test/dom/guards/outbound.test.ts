import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guardTextsFor } from '../../../src/core/acts-texts';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyUrls } from '../../../src/core/rules/match';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { createLinkClassifier } from '../../../src/content/links/classifier';
import { startOutboundGuard } from '../../../src/content/outbound/outbound-guard';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { button, dispatchTrusted, installDialogSupport, openDialog, recordShadowRoots, settle, userClick } from './helpers';

const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
const roots = recordShadowRoots();
let stop: AbortController;
let hints: string[];
let sent: string[];

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

function paste(field: Element, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  dispatchTrusted(field, event);
}

function enter(field: Element, init: KeyboardEventInit = {}) {
  return dispatchTrusted(field, new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ...init }));
}

beforeAll(installDialogSupport);
beforeEach(() => {
  stop = new AbortController();
  hints = [];
  sent = [];
  document.body.innerHTML = `
    <div id="composer" contenteditable="true"></div>
    <button id="send" type="button" aria-label="Send"></button>
    <form id="wall"><textarea name="post"></textarea><button type="submit">Post</button></form>`;
  const classifier = createLinkClassifier(async (urls) => classifyUrls(index, urls));
  startOutboundGuard({ classifier, language: 'en', texts: guardTextsFor('en'), hint: (text) => hints.push(text), signal: stop.signal });
  // The page's own composer: Enter sends whatever is typed.
  const composer = document.getElementById('composer')!;
  composer.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    sent.push(composer.textContent ?? '');
  }, { signal: stop.signal });
  document.getElementById('send')!.addEventListener('click', () => sent.push(composer.textContent ?? ''), { signal: stop.signal });
  document.getElementById('wall')!.addEventListener('submit', (event) => {
    event.preventDefault();
    sent.push(new FormData(event.target as HTMLFormElement).get('post')?.toString() ?? '');
  }, { signal: stop.signal });
});
afterEach(() => stop.abort());

describe('the outbound guard', () => {
  it('hints when a flagged link is pasted, and asks before Enter sends it', async () => {
    const composer = document.getElementById('composer')!;
    paste(composer, 'https://meduza.io/feature/1');
    composer.textContent = 'look https://meduza.io/feature/1';
    await until(() => hints.length > 0);
    expect(hints[0]).toMatch(/This is a link to .*Meduza/);
    expect(enter(composer)).toBe(false);
    await until(() => openDialog(roots) !== null);
    const dialog = openDialog(roots)!;
    expect(dialog.textContent).toContain('Send a link to this organization’s site?');
    expect(sent).toEqual([]);
    userClick(button(dialog, 'continue'));
    await settle();
    expect(sent).toEqual(['look https://meduza.io/feature/1']);
    // The same link, agreed to once, is not asked about again in this field.
    expect(enter(composer)).toBe(false); // the page's own handler prevents the default
    expect(openDialog(roots)).toBeNull();
    expect(sent).toHaveLength(2);
  });

  it('asks before a send button sends a flagged link, and clicks it for the user on Continue', async () => {
    const composer = document.getElementById('composer')!;
    composer.textContent = 'https://www.svoboda.org/a/1.html';
    dispatchTrusted(composer, new InputEvent('input', { bubbles: true }));
    await until(() => hints.length > 0);
    userClick(document.getElementById('send')!);
    await until(() => openDialog(roots) !== null);
    expect(sent).toEqual([]);
    userClick(button(openDialog(roots)!, 'continue'));
    await settle();
    expect(sent).toEqual(['https://www.svoboda.org/a/1.html']);
  });

  it('holds a form submission until the user answers, and Cancel keeps it unsent', async () => {
    const form = document.getElementById('wall') as HTMLFormElement;
    form.querySelector('textarea')!.value = 'www.svoboda.org/a/1.html';
    userClick(form.querySelector('button')!);
    await until(() => openDialog(roots) !== null);
    userClick(button(openDialog(roots)!, 'cancel'));
    await settle();
    expect(sent).toEqual([]);
  });

  it('lets neutral text and links through, and never stops an input method composing', async () => {
    const composer = document.getElementById('composer')!;
    composer.textContent = 'see https://example.org/x';
    enter(composer);
    await until(() => sent.length > 0);
    expect(sent).toEqual(['see https://example.org/x']);
    composer.textContent = 'https://meduza.io/x';
    expect(enter(composer, { isComposing: true })).toBe(false); // the page's handler, not ours
    expect(openDialog(roots)).toBeNull();
    expect(hints).toEqual([]);
  });

  it("ignores what a page script fakes: no hint, no question, and the page's own handlers run", async () => {
    const composer = document.getElementById('composer')!;
    const form = document.getElementById('wall') as HTMLFormElement;
    const pasted = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(pasted, 'clipboardData', { value: { getData: () => 'https://meduza.io/feature/1' } });
    composer.dispatchEvent(pasted);
    composer.textContent = 'https://meduza.io/feature/1';
    composer.dispatchEvent(new InputEvent('input', { bubbles: true }));
    // The submit event of requestSubmit() is trusted in browsers; no user click or key led to it.
    form.querySelector('textarea')!.value = 'https://www.svoboda.org/a/1.html';
    form.requestSubmit();
    composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    document.getElementById('send')!.click();
    // Had any of these been looked up, the answer would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await settle();
    expect(hints).toEqual([]);
    expect(openDialog(roots)).toBeNull();
    expect(sent).toEqual(['https://www.svoboda.org/a/1.html', 'https://meduza.io/feature/1', 'https://meduza.io/feature/1']);
  });
});
