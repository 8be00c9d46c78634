import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser } from './harness';
import { bringTestTabToFront, saveScreenshot } from './notice-probe';
import { pause, tabRecord } from './page-actions';

const NEUTRAL = 'http://news.example.com/index.html';
const PURGING = 'http://www.rferl.org/a/notice-purge.html';

describe.each(BROWSERS)('a page fighting the notice in %s', (browserName) => {
  it('is left for the warning on the extension’s own page, from which the reader goes back or continues', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      const warningPage = extension.url('warning.html');
      // Read from the document: Firefox's driver does not follow a navigation the extension made.
      const address = () => page.evaluate(() => location.href.split('#')[0]).catch(() => '');
      const warningText = async () => (await extension.inClosedShadows(page, (root) => root.querySelector('dialog.notice[open]')?.textContent ?? '')).join('');

      await page.goto(NEUTRAL);
      // The sites the tab showed are kept where a service worker that stopped in between finds them.
      await expect.poll(() => extension.evaluate(async () => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        return JSON.stringify(await (scope.browser ?? scope.chrome).storage.session.get('notice.tabSites'));
      }), { timeout: 10_000 }).toContain(NEUTRAL);
      // The page may be taken away before its load event: the navigation is not awaited
      // (Firefox's driver would wait for a load that never comes).
      const open = (url: string) => void page.goto(url).catch(() => undefined);
      open(PURGING);
      // The page removes the banner wherever it goes: the tab moves to the extension's page.
      await expect.poll(address, { timeout: 15_000 }).toBe(warningPage);
      await expect.poll(warningText, { timeout: 10_000 }).toContain('The page kept removing this warning');
      const text = await warningText();
      expect(text).toContain('Radio Free Europe/Radio Liberty');
      expect(text).toContain('Continue to the page');
      expect(await page.evaluate(() => document.title)).toBe('Legal risk warning: Radio Free Europe/Radio Liberty');
      await saveScreenshot(page, `warning-page-${browserName}`);

      // "Go back" returns to where the reader came from, past the page and the history entries it made.
      await extension.clickInShadow(page, 'button[data-choice="back"]');
      await expect.poll(address, { timeout: 10_000 }).toBe(NEUTRAL);

      // "Continue to the page" returns to it, and it is not taken away again in this tab.
      open(PURGING);
      await expect.poll(address, { timeout: 15_000 }).toBe(warningPage);
      await expect.poll(warningText, { timeout: 10_000 }).toContain('Radio Free Europe/Radio Liberty');
      await extension.clickInShadow(page, 'button[data-choice="continue"]');
      await expect.poll(address, { timeout: 10_000 }).toBe(PURGING);
      // The page fights the notice again (more removals than the host takes before it gives up
      // there), and the background, asked again, leaves the tab where it is.
      await expect.poll(() => page.evaluate(() => (window as unknown as { removals: number }).removals).catch(() => 0), { timeout: 10_000 })
        .toBeGreaterThan(20);
      await expect.poll(() => tabRecord(extension, PURGING).then((record) => record?.flagged), { timeout: 10_000 }).toBe(true);
      await pause(500); // the background's reply to the fight, had it moved the tab
      expect(await address()).toBe(PURGING);
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Article');
    });
  });
});
