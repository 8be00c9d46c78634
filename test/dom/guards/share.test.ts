import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shareGuard } from '../../../src/content/guards/share';
import { startGuards } from '../../../src/content/guards/index';
import { button, installDialogSupport, openDialog, recordShadowRoots, settle, testContext, userClick } from './helpers';

const roots = recordShadowRoots();
let stop: AbortController;
let pageSaw: { href: string; prevented: boolean }[];

beforeAll(installDialogSupport);
beforeEach(() => {
  document.body.innerHTML = `
    <a id="fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.rferl.org%2Fa%2F1.html" target="_blank">Facebook</a>
    <a id="article" href="https://www.rferl.org/a/2.html">Sharing economy grows</a>
    <button id="native" class="share-button" aria-label="Share"></button>`;
  pageSaw = [];
  stop = new AbortController();
  const pageListeners = stop.signal;
  document.body.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('a, button');
    pageSaw.push({ href: target?.getAttribute('href') ?? target?.id ?? '', prevented: event.defaultPrevented });
    event.preventDefault(); // jsdom cannot navigate; the page's own handler still sees the click
  }, { signal: pageListeners });
});
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});

describe('the share guard', () => {
  it('stops a share link until the user answers, and Escape cancels', async () => {
    const { context } = testContext(stop.signal, { share: 'confirm' });
    startGuards(context, stop.signal, [shareGuard]);
    const link = document.getElementById('fb')!;
    expect(userClick(link)).toBe(false); // default prevented
    expect(pageSaw).toEqual([]); // the page never saw the click
    const dialog = openDialog(roots)!;
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain('Share this material?');
    expect(dialog.textContent).toContain('Radio Free Europe/Radio Liberty');
    expect(dialog.shadowRoot).toBeNull();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(openDialog(roots)).toBeNull();
    expect(pageSaw).toEqual([]);
  });

  it('replays the same click on Continue, and only on a trusted one', async () => {
    const { context } = testContext(stop.signal, { share: 'confirm' });
    startGuards(context, stop.signal, [shareGuard]);
    userClick(document.getElementById('native')!);
    const dialog = openDialog(roots)!;
    button(dialog, 'continue').click(); // a synthetic click, as a page script could make
    button(dialog, 'continue').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(openDialog(roots)).toBe(dialog);
    expect(pageSaw).toEqual([]);
    userClick(button(dialog, 'continue'));
    await settle();
    expect(openDialog(roots)).toBeNull();
    expect(pageSaw).toEqual([{ href: 'native', prevented: false }]);
  });

  it('leaves ordinary links alone and lets everything pass under a "none" policy', async () => {
    const confirming = new AbortController();
    startGuards(testContext(confirming.signal, { share: 'confirm' }).context, confirming.signal, [shareGuard]);
    userClick(document.getElementById('article')!);
    expect(openDialog(roots)).toBeNull();
    expect(pageSaw).toHaveLength(1);
    confirming.abort();
    startGuards(testContext(stop.signal, { share: 'none' }).context, stop.signal, [shareGuard]);
    userClick(document.getElementById('fb')!);
    expect(openDialog(roots)).toBeNull();
    expect(pageSaw).toHaveLength(2);
  });

  it('remembers "don\'t ask again" for the act on this site', async () => {
    const { context, remembered } = testContext(stop.signal, { share: 'confirm' });
    startGuards(context, stop.signal, [shareGuard]);
    userClick(document.getElementById('fb')!);
    const dialog = openDialog(roots)!;
    const checkbox = dialog.querySelector('input[type="checkbox"]') as HTMLInputElement;
    checkbox.checked = true;
    userClick(button(dialog, 'continue'));
    await settle();
    expect(remembered).toEqual([{ host: 'www.rferl.org', act: 'share' }]);
    userClick(document.getElementById('fb')!);
    expect(openDialog(roots)).toBeNull();
    expect(pageSaw).toHaveLength(2);
  });
});
