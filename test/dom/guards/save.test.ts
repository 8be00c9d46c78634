import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { saveGuard } from '../../../src/content/guards/save';
import { startGuards } from '../../../src/content/guards/index';
import { button, dispatchTrusted, installDialogSupport, openDialog, recordShadowRoots, settle, testContext, userClick } from './helpers';

const roots = recordShadowRoots();
let stop: AbortController;
const ctrlS = () => dispatchTrusted(document.body, new KeyboardEvent('keydown', { code: 'KeyS', key: 's', ctrlKey: true, bubbles: true, cancelable: true }));

beforeAll(installDialogSupport);
beforeEach(() => {
  stop = new AbortController();
});
afterEach(() => stop.abort());

it('asks before Ctrl+S, then lets the next Ctrl+S through once', async () => {
  const { context, hints } = testContext(stop.signal, { save: 'confirm' });
  startGuards(context, stop.signal, [saveGuard]);
  expect(ctrlS()).toBe(false);
  const dialog = openDialog(roots)!;
  expect(dialog.textContent).toContain('Save this material?');
  userClick(button(dialog, 'continue'));
  await settle();
  expect(hints).toEqual(['Press Ctrl+S again to save the page.']);
  expect(ctrlS()).toBe(true);
  expect(ctrlS()).toBe(false);
  expect(openDialog(roots)).not.toBeNull();
});

it('recognizes the shortcut by key position on a Cyrillic layout, and hints before printing', () => {
  const { context, hints } = testContext(stop.signal, { save: 'confirm', print: 'notice' });
  startGuards(context, stop.signal, [saveGuard]);
  expect(dispatchTrusted(document.body, new KeyboardEvent('keydown', { code: 'KeyS', key: 'ы', ctrlKey: true, bubbles: true, cancelable: true }))).toBe(false);
  window.dispatchEvent(new Event('beforeprint'));
  expect(hints).toHaveLength(1);
  expect(hints[0]).toMatch(/^Careful: /);
});
