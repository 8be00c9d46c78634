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

beforeAll(installDialogSupport);
beforeEach(() => {
  stop = new AbortController();
  shared = [];
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
