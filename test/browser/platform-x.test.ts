import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { click, confirmation, pause, sentTo } from './page-actions';
import { saveScreenshot } from './notice-probe';

/** What the page posted to X's API, by endpoint (the fixture's buttons post as X's do). */
const posted = (server: FixtureServer) =>
  sentTo(server, 'x.com').filter((r) => r.method === 'POST').map((r) => r.path.replace('/i/api/graphql/', ''));

const noticeText = (page: Page, extension: ExtensionHandle) => extension.readShadowText(page);

describe.each(BROWSERS)('X in %s', (browserName) => {
  it('a flagged account reached in-app gets the notice and asked Like, Repost, Bookmark and Follow; a neutral one nothing', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto('https://x.com/home');
      await pause(1500);
      expect(await noticeText(page, extension)).toBe('');

      // To TV Rain's profile inside the app (pushState, no event: Firefox ESR has no Navigation API).
      await click(page, '#to-tvrain');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('TV Rain');
      expect(await noticeText(page, extension)).toMatch(/x\.com\/tvrain/);
      await saveScreenshot(page, `${browserName}-x-notice`);
      await pause(300);
      const asked: [string, RegExp][] = [
        ['article [data-testid="like"]', /like/i],
        ['article [data-testid="retweet"]', /share|repost/i],
        ['article [data-testid="bookmark"]', /save/i],
        ['#follow', /subscri|follow/i],
      ];
      for (const [selector, question] of asked) {
        await click(page, selector);
        await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toMatch(question);
        await page.keyboard.press('Escape');
        await expect.poll(() => confirmation(page, extension)).toBe('');
      }
      await pause(300);
      expect(posted(server)).toEqual([]);

      // A similar-named neutral account: the notice and the questions go.
      await click(page, '#to-neutral');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toBe('');
      await pause(300);
      await click(page, 'article [data-testid="like"]');
      await expect.poll(() => posted(server), { timeout: 5_000 }).toEqual(['like']);
      expect(await confirmation(page, extension)).toBe('');

      // A post opened by its id alone: its author, read off the page, is TV Rain.
      await click(page, '#to-status');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('TV Rain');
      // Back to the neutral profile.
      await page.goBack();
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toBe('');
    });
  });
});
