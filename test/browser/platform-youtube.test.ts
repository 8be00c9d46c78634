import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { click, clickButton, confirmation, pause, readSettings, sentTo, tabIdOf } from './page-actions';
import { saveScreenshot } from './notice-probe';

const FLAGGED_VIDEO = 'https://www.youtube.com/watch?v=rain0000001';
const NEUTRAL_VIDEO = 'https://www.youtube.com/watch?v=bow00000001';

/** What the page posted to YouTube's API, by endpoint (the fixture's buttons post as YouTube's do). */
const posted = (server: FixtureServer) =>
  sentTo(server, 'www.youtube.com').filter((r) => r.method === 'POST').map((r) => r.path.replace('/youtubei/v1/', ''));

const noticeText = (page: Page, extension: ExtensionHandle) => extension.readShadowText(page);

describe.each(BROWSERS)('YouTube in %s', (browserName) => {
  it('a flagged channel\'s video gets the notice and guarded Like, Save, Subscribe and comment; a neutral one nothing', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      await page.setViewport({ width: 1280, height: 900 });

      // The video of a listed channel: the notice names the organization and says the account is
      // tied to it by third-party lists only.
      await page.goto(FLAGGED_VIDEO);
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('TV Rain');
      expect(await noticeText(page, extension)).toMatch(/youtube\.com\/@tvrain/);
      await saveScreenshot(page, `${browserName}-youtube-notice`);

      // Like: asked first, nothing posted until the reader answers; Cancel leaves it undone.
      await pause(300);
      await click(page, '#like');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toMatch(/like/i);
      await pause(300);
      expect(posted(server)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      expect(await page.$eval('#like', (button) => button.getAttribute('aria-pressed'))).toBe('false');

      // Save to a playlist keeps the material: asked too.
      await click(page, '#save');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Save this material?');
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');

      // Subscribe: Continue does exactly what was asked.
      await click(page, '#subscribe');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toMatch(/subscri/i);
      await saveScreenshot(page, `${browserName}-youtube-subscribe`);
      // "Don't ask again on this site" would be for every channel on YouTube: not offered.
      expect(await confirmation(page, extension)).not.toMatch(/ask again/i);
      expect(posted(server)).toEqual([]);
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(() => posted(server), { timeout: 5_000 }).toEqual(['subscription/subscribe']);

      // A comment sent with YouTube's Comment button (no form; the page posts it with fetch).
      await click(page, '#contenteditable-root');
      await page.keyboard.type('Reading is not a crime');
      await click(page, '#comment-submit');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Post this comment?');
      await pause(300);
      expect(posted(server)).toEqual(['subscription/subscribe']);
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');

      // In-app to a neutral channel's video: the notice and the guards go.
      await click(page, '#related-rainbow');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toBe('');
      expect(page.url()).toBe(NEUTRAL_VIDEO);
      await pause(300);
      await click(page, '#like');
      await expect.poll(() => posted(server), { timeout: 5_000 }).toContain('like/like');
      expect(await confirmation(page, extension)).toBe('');

      // Back to the flagged video: the notice is there again.
      await page.goBack();
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('TV Rain');
      expect(page.url()).toBe(FLAGGED_VIDEO);

      // A neutral channel with a similar name, loaded directly, is never flagged.
      await page.goto(NEUTRAL_VIDEO);
      await pause(1500);
      expect(await noticeText(page, extension)).toBe('');
    });
  });

  it('dismissed for one account, the notice stays away on that account only, and its acts are still asked', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      await page.setViewport({ width: 1280, height: 900 });
      // The organization's own site, to see that dismissing its channel did not dismiss it.
      server.route('tvrain.tv', '/', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><html lang="en"><title>TV Rain</title><p>An article.</p></html>');
      });

      await page.goto(FLAGGED_VIDEO);
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('TV Rain');
      await extension.clickInShadow(page, '#notice-dismiss-toggle');
      // On a platform: this account or its organization; never the site, which is all of YouTube.
      const offered = await extension.inClosedShadows(page, (root) =>
        [...root.querySelectorAll('#notice-dismiss-options button')].map((button) => button.getAttribute('data-dismiss')));
      expect(offered.flat()).toEqual(['account', 'organization']);
      await extension.clickInShadow(page, 'button[data-dismiss="account"]');
      await expect.poll(() => noticeText(page, extension), { timeout: 5_000 }).toBe('');
      await expect.poll(() => readSettings(extension, 'dismissedAccounts')).toContain('youtube.com/@tvrain');
      expect(await readSettings(extension, 'dismissedOrganizations')).toEqual([]);

      // Loaded again: no notice, but a Like is still asked about.
      await page.goto(FLAGGED_VIDEO);
      await pause(1500);
      expect(await noticeText(page, extension)).toBe('');
      await click(page, '#like');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toMatch(/like/i);
      await page.keyboard.press('Escape');

      // The organization's own site still gets its notice.
      await page.goto('http://tvrain.tv/');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('TV Rain');
    });
  });

  it('paused from the popup for one account, that account is left alone and YouTube itself is not paused', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(FLAGGED_VIDEO);
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('TV Rain');
      const popup = await extension.openPage(`popup.html?tab=${await tabIdOf(extension, 'https://www.youtube.com/*')}`, '.status');
      await clickButton(popup, 'Pause for this account');
      await expect.poll(() => popup.evaluate(() => document.querySelector('#pause-explain')?.textContent ?? ''), { timeout: 5_000 })
        .toContain('Other accounts on this platform keep their warnings');
      await clickButton(popup, 'Pause');
      await expect.poll(() => popup.evaluate(() => document.querySelector('.status')?.textContent ?? ''), { timeout: 10_000 })
        .toMatch(/^Warnings are paused for this account/);
      expect(await readSettings(extension, 'pausedAccounts')).toContain('youtube.com/@tvrain');
      expect(await readSettings(extension, 'siteExceptions')).toEqual([]);
      await popup.close();

      // The paused channel: no notice, and its Like goes through unasked.
      await page.bringToFront();
      await page.goto(FLAGGED_VIDEO);
      await pause(1500);
      expect(await noticeText(page, extension)).toBe('');
      await click(page, '#like');
      await expect.poll(() => posted(server), { timeout: 5_000 }).toContain('like/like');
      expect(await confirmation(page, extension)).toBe('');
    });
  });
});
