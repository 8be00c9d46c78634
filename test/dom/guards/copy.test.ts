import { afterEach, beforeEach, expect, it } from 'vitest';
import { copyGuard } from '../../../src/content/guards/copy';
import { startGuards } from '../../../src/content/guards/index';
import { dispatchTrusted, testContext, userClick } from './helpers';

let stop: AbortController;
beforeEach(() => {
  stop = new AbortController();
  document.body.innerHTML = '<p id="text">Article text</p><button id="copy-link">Copy link</button>';
});
afterEach(() => stop.abort());

it('hints after a copy of page text without stopping it', () => {
  const { context, hints } = testContext(stop.signal, { copy: 'notice' });
  startGuards(context, stop.signal, [copyGuard]);
  document.getSelection()!.selectAllChildren(document.getElementById('text')!);
  expect(dispatchTrusted(document, new Event('copy', { bubbles: true, cancelable: true }))).toBe(true);
  expect(hints).toHaveLength(1);
  expect(hints[0]).toContain('Radio Free Europe/Radio Liberty');
});

it('hints after a "copy link" button, and says nothing when copying is not a risk', () => {
  const { context, hints } = testContext(stop.signal, { copy: 'notice' });
  startGuards(context, stop.signal, [copyGuard]);
  expect(userClick(document.getElementById('copy-link')!)).toBe(true);
  expect(hints).toHaveLength(1);
  stop.abort();
  stop = new AbortController();
  const quiet = testContext(stop.signal, { copy: 'none' });
  startGuards(quiet.context, stop.signal, [copyGuard]);
  userClick(document.getElementById('copy-link')!);
  expect(quiet.hints).toEqual([]);
});
