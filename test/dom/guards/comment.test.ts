import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { commentGuard } from '../../../src/content/guards/comment';
import { startGuards } from '../../../src/content/guards/index';
import { button, installDialogSupport, openDialog, recordShadowRoots, settle, testContext, userClick } from './helpers';

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
