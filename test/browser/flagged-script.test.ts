import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { click, confirmation, pause, sentTo } from './page-actions';

/** A mirror on a host no list names, flagged only by its markup: it gets content-flagged.js injected. */
const MIRROR = 'http://mirror-news.example.net/mirror-share.html';
/** A neutral page with the same share bar: content.js only. */
const NEUTRAL = 'http://news.example.com/share-bar.html';

const sentToVk = (server: FixtureServer) => sentTo(server, 'vk.com');

/** Whether content-flagged.js registered itself in the tab at `url`, read in the extension's isolated world there. */
function flaggedFeaturesLoaded(extension: ExtensionHandle, url: string): Promise<boolean> {
  return extension.evaluate(async (tabUrl: string) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    const [tab] = await api.tabs.query({ url: tabUrl });
    const [injection] = await api.scripting.executeScript({
      target: { tabId: tab!.id! },
      func: () => Symbol.for('regional-legal-warnings.flagged-features') in globalThis,
    });
    return injection?.result === true;
  }, url);
}

describe.each(BROWSERS)('the flagged-page script in %s', (browserName) => {
  it('is registered for listed domains, injected into a mirror flagged by its markup, and absent from a neutral page', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      await page.setViewport({ width: 1024, height: 800 });
      const registered = await extension.evaluate(async () => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const api = scope.browser ?? scope.chrome;
        return (await api.scripting.getRegisteredContentScripts()).map((script) => ({ id: script.id, js: script.js, matches: script.matches }));
      });
      expect(registered).toHaveLength(1);
      expect(registered[0]?.js).toEqual(['content-flagged.js']);
      expect(registered[0]?.matches).toContain('*://*.rferl.org/*');
      expect(registered[0]?.matches).not.toContain('*://*.mirror-news.example.net/*');

      // The mirror: the notice and the share guard both come from the injected script.
      await page.goto(MIRROR);
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      expect(await flaggedFeaturesLoaded(extension, MIRROR)).toBe(true);
      await pause(500); // the guards' settings message
      await click(page, '#share-vk');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      await pause(300);
      expect(sentToVk(server)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      expect(page.url()).toBe(MIRROR);

      // The neutral page: no flagged-page script, no closed root, and its share link simply works.
      await page.goto(NEUTRAL);
      await pause(1000); // beyond the content script's answers
      expect(await flaggedFeaturesLoaded(extension, NEUTRAL)).toBe(false);
      expect(await extension.inClosedShadows(page, () => true)).toEqual([]);
      await click(page, '#share-vk');
      await expect.poll(() => sentToVk(server).map((r) => r.path), { timeout: 10_000 }).toEqual(['/share.php?url=http%3A%2F%2Fnews.example.com%2Fshare-bar.html']);
    });
  });
});
