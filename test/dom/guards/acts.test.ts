import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Act } from '../../../src/core/acts';
import { contactGuard } from '../../../src/content/guards/contact';
import { donateGuard } from '../../../src/content/guards/donate';
import { downloadGuard } from '../../../src/content/guards/download';
import { GUARDS, startGuards } from '../../../src/content/guards/index';
import { likeGuard } from '../../../src/content/guards/like';
import { subscribeGuard } from '../../../src/content/guards/subscribe';
import type { Guard } from '../../../src/content/guards/types';
import { button, installDialogSupport, openDialog, recordShadowRoots, settle, testContext, userClick } from './helpers';

const roots = recordShadowRoots();
let stop: AbortController;
let pageClicks: string[];

beforeAll(installDialogSupport);
beforeEach(() => {
  stop = new AbortController();
  document.body.innerHTML = `
    <button id="like" class="like-button" aria-label="Like"></button>
    <button id="follow">Follow</button>
    <a id="donate" href="https://www.rferl.org/donate">Donate</a>
    <a id="mail" href="mailto:tips@rferl.org">Write to us</a>
    <a id="pdf" href="https://www.rferl.org/files/report.pdf">Report (PDF)</a>
    <form id="newsletter"><input type="email" name="email"><button type="submit">Sign up</button></form>`;
  pageClicks = [];
  document.body.addEventListener('click', (event) => {
    event.preventDefault();
    pageClicks.push((event.target as Element).id);
  }, { signal: stop.signal });
});
afterEach(() => stop.abort());

describe.each<[Guard, Act, string, string]>([
  [likeGuard, 'like', 'like', 'Like or react to this?'],
  [subscribeGuard, 'subscribe', 'follow', 'Subscribe to this organization?'],
  [contactGuard, 'contact', 'mail', 'Contact this organization?'],
  [downloadGuard, 'download', 'pdf', 'Download this file?'],
])('the %s guard', (guard, act, id, title) => {
  it(`asks before the ${act} control and replays it on Continue`, async () => {
    startGuards(testContext(stop.signal, { [act]: 'confirm' }).context, stop.signal, [guard]);
    userClick(document.getElementById(id)!);
    const dialog = openDialog(roots)!;
    expect(dialog.querySelector('h2')?.textContent).toBe(title);
    expect(pageClicks).toEqual([]);
    userClick(button(dialog, 'continue'));
    await settle();
    expect(pageClicks).toEqual([id]);
  });
});

it('asks before a newsletter sign-up and submits it on Continue', async () => {
  const submitted: string[] = [];
  document.getElementById('newsletter')!.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted.push(new FormData(event.target as HTMLFormElement).get('email')?.toString() ?? '');
  }, { signal: stop.signal });
  startGuards(testContext(stop.signal, { subscribe: 'confirm' }).context, stop.signal, [subscribeGuard]);
  const form = document.getElementById('newsletter') as HTMLFormElement;
  (form.elements.namedItem('email') as HTMLInputElement).value = 'reader@example.org';
  form.requestSubmit();
  const dialog = openDialog(roots)!;
  expect(dialog.querySelector('h2')?.textContent).toBe('Subscribe to this organization?');
  expect(submitted).toEqual([]);
  userClick(button(dialog, 'continue'));
  await settle();
  expect(submitted).toEqual(['reader@example.org']);
});

it('refuses a donation under a "block" policy with the strongest wording and no way to continue', async () => {
  startGuards(testContext(stop.signal, { donate: 'block' }).context, stop.signal, [donateGuard]);
  userClick(document.getElementById('donate')!);
  const dialog = openDialog(roots)!;
  expect(dialog.textContent).toContain('a crime from the very first payment');
  expect(dialog.querySelector('button.continue')).toBeNull();
  expect(dialog.querySelector('input[type="checkbox"]')).toBeNull();
  userClick(button(dialog, 'cancel'));
  await settle();
  expect(pageClicks).toEqual([]);
});

it('asks one question at a time: clicks while a dialog is open are refused', async () => {
  startGuards(testContext(stop.signal, { like: 'confirm', download: 'confirm' }).context, stop.signal, GUARDS);
  userClick(document.getElementById('like')!);
  userClick(document.getElementById('pdf')!);
  expect(roots.filter((root) => root.host.isConnected && root.querySelector('dialog[open]'))).toHaveLength(1);
  userClick(button(openDialog(roots)!, 'cancel'));
  await settle();
  expect(pageClicks).toEqual([]);
});

it('starts only the guards whose acts are asked about, and stops them all with the signal', () => {
  const started: string[] = [];
  const probe = (id: string, acts: Act[]): Guard => ({ id, acts, start: () => started.push(id) });
  startGuards(testContext(stop.signal, { like: 'notice' }).context, stop.signal, [probe('like', ['like']), probe('share', ['share'])]);
  expect(started).toEqual(['like']);
  startGuards(testContext(stop.signal, { like: 'confirm' }).context, stop.signal, [likeGuard]);
  stop.abort();
  userClick(document.getElementById('like')!);
  expect(openDialog(roots)).toBeNull();
});
