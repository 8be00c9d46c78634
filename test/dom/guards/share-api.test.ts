import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createGuardContext } from '../../../src/content/guards/context';
import { shareApiGuard } from '../../../src/content/guards/share-api';
import { startGuards } from '../../../src/content/guards/index';
import { installShareHook } from '../../../src/content/main-world/share-hook';
import { guardTextsFor } from '../../../src/core/acts-texts';
import { button, FLAGGED, installDialogSupport, openDialog, recordShadowRoots, settle, userClick } from './helpers';

const roots = recordShadowRoots();
let stop: AbortController;
let shared: (ShareData | undefined)[];
let opened: string[];
let submitted: string[];

beforeAll(installDialogSupport);
beforeEach(() => {
  stop = new AbortController();
  shared = [];
  opened = [];
  submitted = [];
  // jsdom submits no forms: this stands for the browser's own form.submit(), which the hook wraps.
  HTMLFormElement.prototype.submit = function submit(this: HTMLFormElement) {
    submitted.push(this.id);
  };
  // jsdom opens no windows: this stands for the browser's own window.open, which the hook wraps.
  window.open = ((url?: string | URL) => {
    opened.push(String(url));
    return null;
  }) as typeof window.open;
  Object.defineProperty(Navigator.prototype, 'share', {
    configurable: true,
    value: async (data?: ShareData) => void shared.push(data),
  });
  // As the background does on a flagged page: the hook goes into the page's world with the name.
  const context = createGuardContext({
    verdict: FLAGGED,
    language: 'en',
    texts: guardTextsFor('en'),
    host: 'www.rferl.org',
    exceptions: () => [],
    rememberException: async () => undefined,
    hint: () => undefined,
    requestShareHook: installShareHook,
    signal: stop.signal,
  });
  startGuards(context, stop.signal, [shareApiGuard]);
});
afterEach(() => stop.abort());

it('asks before navigator.share() and shares the same data on Continue', async () => {
  const result = navigator.share({ url: 'https://www.rferl.org/a/1.html' });
  await settle();
  const dialog = openDialog(roots)!;
  expect(dialog.textContent).toContain('Share this material?');
  expect(shared).toEqual([]);
  userClick(button(dialog, 'continue'));
  await result;
  expect(shared).toEqual([{ url: 'https://www.rferl.org/a/1.html' }]);
});

it('rejects the call as the browser does when the user cancels, and gives sharing back when stopped', async () => {
  const result = navigator.share({ url: 'https://www.rferl.org/a/2.html' });
  await settle();
  userClick(button(openDialog(roots)!, 'cancel'));
  await expect(result).rejects.toMatchObject({ name: 'AbortError' });
  expect(shared).toEqual([]);
  stop.abort();
  await navigator.share({ url: 'https://www.rferl.org/a/3.html' });
  expect(shared).toEqual([{ url: 'https://www.rferl.org/a/3.html' }]);
});

it('holds a share or donation window a script opens, and opens that address on Continue', async () => {
  const icon = document.body.appendChild(document.createElement('span'));
  // An icon-only share "button" whose handler stops the click and opens the share window itself.
  icon.addEventListener('click', (event) => {
    event.stopPropagation();
    window.open('https://t.me/share/url?url=https%3A%2F%2Fwww.rferl.org%2Fa%2F1.html', 'share', 'width=600');
  });
  icon.click();
  await settle();
  expect(opened).toEqual([]);
  const dialog = openDialog(roots)!;
  expect(dialog.textContent).toContain('Share this material?');
  userClick(button(dialog, 'continue'));
  await settle();
  expect(opened).toEqual(['https://t.me/share/url?url=https%3A%2F%2Fwww.rferl.org%2Fa%2F1.html']);

  window.open('/donate/', '_blank');
  await settle();
  expect(openDialog(roots)!.textContent).toMatch(/donat|money|support/i);
  userClick(button(openDialog(roots)!, 'cancel'));
  await settle();
  expect(opened).toHaveLength(1);
});

it('lets every other window open as the page asked, and gives window.open back when stopped', async () => {
  window.open('https://www.rferl.org/a/2.html', '_blank');
  await settle();
  expect(openDialog(roots)).toBeFalsy();
  expect(opened).toEqual(['https://www.rferl.org/a/2.html']);
  stop.abort();
  window.open('https://t.me/share/url?url=x');
  expect(opened).toEqual(['https://www.rferl.org/a/2.html', 'https://t.me/share/url?url=x']);
});

it('holds a comment form a script submits with form.submit(), which fires no submit event, and submits it on Continue', async () => {
  document.body.innerHTML = `
    <form id="comment-form" action="/comments" method="post"><textarea name="text">Reading is not a crime</textarea><button type="button" id="post">Post</button></form>
    <form id="search" role="search" action="/search"><input type="search" name="q"></form>`;
  (document.getElementById('comment-form') as HTMLFormElement).submit();
  await settle();
  expect(submitted).toEqual([]);
  const dialog = openDialog(roots)!;
  expect(dialog.textContent).toContain('Post this comment?');
  userClick(button(dialog, 'continue'));
  await settle();
  expect(submitted).toEqual(['comment-form']);

  // A search form is no act: it goes at once.
  (document.getElementById('search') as HTMLFormElement).submit();
  expect(submitted).toEqual(['comment-form', 'search']);
});
