import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commentGuard } from '../../../src/content/guards/comment';
import { startGuards } from '../../../src/content/guards/index';
import { button, dispatchTrusted, installDialogSupport, openDialog, recordShadowRoots, settle, testContext, userClick } from './helpers';

const roots = recordShadowRoots();
let stop: AbortController;
let submitted: { text: string; submitter: string }[];

beforeAll(installDialogSupport);
beforeEach(() => {
  stop = new AbortController();
  document.body.innerHTML = `
    <form id="comments" action="/comments" method="post">
      <textarea name="text"></textarea>
      <button type="submit" name="kind" value="reply">Reply</button>
    </form>
    <form role="search" action="/search"><input type="search" name="q"><button>Go</button></form>`;
  submitted = [];
  document.body.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    submitted.push({
      text: new FormData(form).get('text')?.toString() ?? '',
      submitter: (event.submitter as HTMLButtonElement | null)?.value ?? '',
    });
  }, { signal: stop.signal });
});
afterEach(() => stop.abort());

it('submits a comment only after Continue, with its text and button intact', async () => {
  startGuards(testContext(stop.signal, { comment: 'confirm' }).context, stop.signal, [commentGuard]);
  const form = document.getElementById('comments') as HTMLFormElement;
  form.querySelector('textarea')!.value = 'My comment';
  form.requestSubmit(form.querySelector('button')!);
  expect(submitted).toEqual([]);
  const dialog = openDialog(roots)!;
  expect(dialog.textContent).toContain('Post this comment?');
  userClick(button(dialog, 'continue'));
  await settle();
  expect(submitted).toEqual([{ text: 'My comment', submitter: 'reply' }]);
});

it('cancels the submission on Cancel and leaves search forms alone', async () => {
  startGuards(testContext(stop.signal, { comment: 'confirm' }).context, stop.signal, [commentGuard]);
  (document.getElementById('comments') as HTMLFormElement).requestSubmit();
  userClick(button(openDialog(roots)!, 'cancel'));
  await settle();
  expect(openDialog(roots)).toBeNull();
  expect(submitted).toEqual([]);
  (document.querySelector('form[role="search"]') as HTMLFormElement).requestSubmit();
  expect(openDialog(roots)).toBeNull();
  expect(submitted).toHaveLength(1);
});

describe('comments sent from the keyboard', () => {
  const press = (target: Element, init: KeyboardEventInit = {}) =>
    dispatchTrusted(target, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, ...init }));

  it('asks before Enter sends what a composer holds, and presses it again on Continue', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="composer" contenteditable="true" role="textbox">A comment</div>');
    const composer = document.getElementById('composer')!;
    const sent: boolean[] = [];
    composer.addEventListener('keydown', (event) => sent.push(event.isTrusted), { signal: stop.signal });
    startGuards(testContext(stop.signal, { comment: 'confirm' }).context, stop.signal, [commentGuard]);
    expect(press(composer)).toBe(false);
    expect(sent).toEqual([]);
    const dialog = openDialog(roots)!;
    expect(dialog.textContent).toContain('Post this comment?');
    userClick(button(dialog, 'continue'));
    await settle();
    expect(sent).toEqual([false]);
    // A composer that ignores the script's key gets the reader's own next Enter unasked.
    expect(press(composer)).toBe(true);
    expect(sent).toEqual([false, true]);
  });

  it('asks on Ctrl+Enter in a comment form\'s text area, and leaves Shift+Enter, empty boxes and plain Enter there alone', async () => {
    startGuards(testContext(stop.signal, { comment: 'confirm' }).context, stop.signal, [commentGuard]);
    const textarea = document.querySelector('textarea')!;
    expect(press(textarea, { ctrlKey: true })).toBe(true); // nothing written yet
    textarea.value = 'My comment';
    expect(press(textarea)).toBe(true); // a new line in a form's text area
    expect(press(textarea, { shiftKey: true })).toBe(true);
    expect(openDialog(roots)).toBeNull();
    expect(press(textarea, { ctrlKey: true })).toBe(false);
    expect(openDialog(roots)?.textContent).toContain('Post this comment?');
    userClick(button(openDialog(roots)!, 'cancel'));
    await settle();
    expect(submitted).toEqual([]);
  });
});
