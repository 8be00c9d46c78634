import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guardTextsFor } from '../../../src/core/acts-texts';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyUrls } from '../../../src/core/rules/match';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { createLinkClassifier, type LinkClassifier } from '../../../src/content/links/classifier';
import { startOutboundGuard } from '../../../src/content/outbound/outbound-guard';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { button, dispatchTrusted, installDialogSupport, openDialog, recordShadowRoots, settle, userClick } from './helpers';

const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
const roots = recordShadowRoots();
let stop: AbortController;
let hints: string[];
let sent: string[];
/** Whether each Enter reached the page's composer already cancelled (by the guard). */
let enterPrevented: boolean[];
let classifier: LinkClassifier;

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
  enterPrevented = [];
  document.body.innerHTML = `
    <div id="composer" contenteditable="true" role="textbox"></div>
    <div id="document" contenteditable="true"></div>
    <button id="send" type="button" aria-label="Send"></button>
    <form id="wall"><textarea name="post"></textarea><button type="submit">Post</button></form>`;
  classifier = createLinkClassifier(async (urls) => classifyUrls(index, urls));
  startOutboundGuard({ classifier, language: 'en', texts: guardTextsFor('en'), hint: (text) => hints.push(text), signal: stop.signal });
  // The page's own composer: the user's Enter sends whatever is typed; like real composers, it
  // ignores keys a script made.
  const composer = document.getElementById('composer')!;
  composer.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !event.isTrusted) return;
    enterPrevented.push(event.defaultPrevented);
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
    // The Enter pressed again for the user is a script's, which this composer ignores; the
    // user's next Enter sends, and the link, agreed to once, is not asked about again.
    expect(sent).toEqual([]);
    enter(composer);
    expect(openDialog(roots)).toBeNull();
    expect(sent).toEqual(['look https://meduza.io/feature/1']);
    expect(enterPrevented).toEqual([false]);
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

  it('never holds back an Enter it cannot decide at once, and never stops an input method composing', async () => {
    const composer = document.getElementById('composer')!;
    composer.textContent = 'see https://example.org/x';
    enter(composer);
    // Typed a moment ago, not classified yet, even a flagged link: the key passes untouched.
    composer.textContent = 'https://www.svoboda.org/a/2.html';
    enter(composer);
    expect(sent).toEqual(['see https://example.org/x', 'https://www.svoboda.org/a/2.html']);
    expect(enterPrevented).toEqual([false, false]);
    // Both were looked up for the next time, and nothing was asked in the meantime.
    await until(() => classifier.known('www.svoboda.org') !== undefined && classifier.known('example.org') !== undefined);
    await settle();
    expect(classifier.known('example.org')).toBeNull();
    expect(openDialog(roots)).toBeNull();
    composer.textContent = 'https://meduza.io/x';
    await classifier.lookup('meduza.io', 'https://meduza.io/x');
    enter(composer, { isComposing: true });
    await settle();
    expect(enterPrevented).toEqual([false, false, false]);
    expect(openDialog(roots)).toBeNull();
    expect(hints).toEqual([]);
  });

  it('leaves Enter alone in document editors and in text longer than a message', async () => {
    await classifier.lookup('meduza.io', 'https://meduza.io/x');
    const editor = document.getElementById('document')!;
    editor.textContent = 'https://meduza.io/x';
    expect(enter(editor)).toBe(true);
    const composer = document.getElementById('composer')!;
    composer.textContent = `https://meduza.io/x ${'word '.repeat(5_000)}`;
    enter(composer);
    expect(enterPrevented).toEqual([false]);
    await settle();
    expect(openDialog(roots)).toBeNull();
  });

  it('reads, once it starts, a flagged link the user typed before, but not one a page wrote by itself', async () => {
    const startAnew = (typedField: EventTarget | null) => {
      stop.abort();
      stop = new AbortController();
      startOutboundGuard({ classifier, language: 'en', texts: guardTextsFor('en'), hint: (text) => hints.push(text), signal: stop.signal, typedField });
    };
    const composer = document.getElementById('composer')!;
    composer.textContent = 'look https://meduza.io/feature/1';
    composer.focus();
    // A page filling a field itself (no typing of the user's before the guard started): nothing.
    startAnew(null);
    await settle();
    expect(hints).toEqual([]);
    // The user typed it while the page loaded: the hint comes as the guard starts, and only it.
    startAnew(composer);
    await until(() => hints.length > 0);
    await settle();
    expect(hints).toEqual([expect.stringMatching(/This is a link to .*Meduza/)]);
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
    expect(composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))).toBe(true);
    document.getElementById('send')!.click();
    // Had any of these been looked up, the answer would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await settle();
    expect(hints).toEqual([]);
    expect(openDialog(roots)).toBeNull();
    expect(sent).toEqual(['https://www.svoboda.org/a/1.html', 'https://meduza.io/feature/1']);
  });
});
