import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { click, confirmation, pause, sentTo } from './page-actions';
import { saveScreenshot } from './notice-probe';

const postedTo = (server: FixtureServer, host: string) =>
  sentTo(server, host).filter((r) => r.method === 'POST').map((r) => r.body);

const noticeText = (page: Page, extension: ExtensionHandle) => extension.readShadowText(page);

describe.each(BROWSERS)('VK and Telegram Web in %s', (browserName) => {
  it('a flagged community\'s post in the VK feed is guarded, opened over it gets the notice, and a flagged channel opened in Telegram Web too', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      await page.setViewport({ width: 1280, height: 900 });

      // VK: the feed itself is neutral; the post of a listed community opened in a layer is not.
      await page.goto('http://vk.com/feed');
      await pause(1500);
      expect(await noticeText(page, extension)).toBe('');
      // In the feed itself, the acts on a listed community's post and on a repost of a listed
      // channel's post are asked about, naming the organization; the rest of the feed is not.
      // The post's link to its listed community is marked as a flagged link is elsewhere.
      await expect.poll(() => page.$eval('#post-12637912_5002 .post_author a', (link) => link.getAttribute('aria-describedby')), { timeout: 5_000 })
        .toBeTruthy();
      expect(await page.$eval('#post-555000_77 .post_author a', (link) => link.getAttribute('aria-describedby'))).toBeNull();
      // In a repost, the reposted channel is marked, not the person who reposted it.
      expect(await page.$eval('#post777_12 a.copy_author', (link) => link.getAttribute('aria-describedby'))).toBeTruthy();
      expect(await page.$eval('#post777_12 .post_author a', (link) => link.getAttribute('aria-describedby'))).toBeNull();
      await saveScreenshot(page, `${browserName}-vk-feed`);
      await click(page, '#like-feed');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Radio Free Europe');
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      await click(page, '#share-repost');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('TV Rain');
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      expect(await noticeText(page, extension)).toBe('');
      await click(page, '#open-post');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('Radio Free Europe');
      expect(await noticeText(page, extension)).toContain('vk.com/public12637912');
      await pause(300);
      await click(page, '#like-layer');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toMatch(/like/i);
      await pause(300);
      expect(postedTo(server, 'vk.com')).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      // Closing the post: back to the neutral feed, nothing asked.
      await click(page, '#close-layer');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toBe('');
      await click(page, '#like-neutral');
      await expect.poll(() => postedTo(server, 'vk.com'), { timeout: 5_000 }).toEqual(['like-neutral']);

      // Telegram Web: the chat list is neutral; Meduza's channel opened by its username is not.
      await page.goto('https://web.telegram.org/k/');
      await pause(1000);
      expect(await noticeText(page, extension)).toBe('');
      await click(page, '#chat-meduza');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toContain('Meduza');
      await pause(300);
      await click(page, '#join');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toMatch(/subscri/i);
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      await click(page, '#forward');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toMatch(/share/i);
      await page.keyboard.press('Escape');
      await pause(300);
      expect(postedTo(server, 'web.telegram.org')).toEqual([]);
      // Another chat: the notice and the questions go.
      await click(page, '#chat-neutral');
      await expect.poll(() => noticeText(page, extension), { timeout: 10_000 }).toBe('');
      await click(page, '#join');
      await expect.poll(() => postedTo(server, 'web.telegram.org'), { timeout: 5_000 }).toEqual(['channels.joinChannel']);
    });
  });
});
