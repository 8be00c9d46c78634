import type { Browser as ExtensionApi } from 'webextension-polyfill';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { bringTestTabToFront, probeNotices } from './notice-probe';
import { click, confirmation, pause, sentTo, tabRecord } from './page-actions';

const ARTICLE = 'http://www.rferl.org/a/held-article.html';

/**
 * An article whose server sends the first half and holds the rest until the test releases it:
 * the page stays in the middle of parsing (readyState "loading", no DOMContentLoaded) meanwhile.
 */
function serveHeldArticle(server: FixtureServer): { release(): void } {
  let release = () => undefined as void;
  server.route('www.rferl.org', '/a/held-article.html', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.write('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>'
      + '<body><article><h1>A held article</h1>'
      + '<p><a class="share" href="https://t.me/share/url?url=http%3A%2F%2Fwww.rferl.org%2Fa%2Fheld-article.html">Share on Telegram</a></p>'
      + `${'<p>The court heard the case of a reader fined for a repost.</p>'.repeat(50)}`);
    release = () => void response.end('<p>The end.</p></article></body></html>');
  });
  return { release: () => release() };
}

function preparedNotice(extension: ExtensionHandle, domain: string): Promise<{ exceptHosts: string[] } | null> {
  return extension.evaluate(async (key: string) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const stored = await (scope.browser ?? scope.chrome).storage.local.get(key);
    return (stored[key] as { exceptHosts: string[] } | undefined) ?? null;
  }, `notice.prepared.v1:domain:${domain}`);
}

/** Whether content-flagged.js is registered for `domain` yet: registering many domains takes a while after install. */
function flaggedScriptRegistered(extension: ExtensionHandle, domain: string): Promise<boolean> {
  return extension.evaluate(async (wanted: string) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const scripts = await (scope.browser ?? scope.chrome).scripting.getRegisteredContentScripts({ ids: ['flagged-features'] });
    return scripts.some((script) => (script.matches ?? []).some((pattern) => pattern.includes(`.${wanted}/`)));
  }, domain);
}

const readyState = (page: Page) => page.evaluate(() => document.readyState);

/**
 * Runs before the page's scripts: counts the distinct notice hosts put into the page (a div with
 * the extension's host style and a closed shadow root); one moved within the page counts once.
 */
function countNoticeHosts(): void {
  const seen = new Set<Node>();
  Object.defineProperty(window, '__noticeHosts', { get: () => seen.size });
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLDivElement && node.getAttribute('style')?.includes('2147483647') && node.shadowRoot === null) seen.add(node);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

describe.each(BROWSERS)('the banner in %s', (browserName) => {
  it('is on a listed page while the page is still being parsed, even with the background busy', async () => {
    await withBrowser(browserName, async ({ browser, page, server, extension }) => {
      await bringTestTabToFront(browser, page);
      await expect.poll(() => preparedNotice(extension, 'rferl.org'), { timeout: 15_000 }).not.toBeNull();
      await expect.poll(() => flaggedScriptRegistered(extension, 'rferl.org'), { timeout: 15_000 }).toBe(true);

      if (browserName === 'firefox') {
        // In Firefox the first storage read of a site's content process waits on the extension
        // process, which the busy loop below holds; later reads in that process do not. So the
        // held article is the second article the reader opens on the site.
        await page.goto('http://www.rferl.org/a/guards-article.html', { timeout: 30_000 });
        await expect.poll(async () => (await probeNotices(page, extension))[0]?.text ?? '', { timeout: 6_000 }).toContain('Radio Free Europe/Radio Liberty');
      }
      const held = serveHeldArticle(server);
      // The background's thread is kept busy for longer than the test waits for the notice: no
      // message can be answered meanwhile, so the notice comes from what was prepared. Chromium's
      // service worker has a thread of its own; Firefox runs the background page on the main
      // thread of the extension process, which its other pages share.
      const BUSY_MS = 10_000;
      const busyUntil = Date.now() + BUSY_MS;
      const busy = (ms: number) => {
        const end = Date.now() + ms;
        while (Date.now() < end) { /* busy */ }
      };
      const background = browserName === 'chromium'
        ? (await extension.serviceWorker()).evaluate(busy, BUSY_MS)
        : extension.evaluate(busy, BUSY_MS);
      const backgroundFree = background.catch(() => undefined);
      await page.evaluateOnNewDocument(countNoticeHosts);
      const loaded = page.goto(ARTICLE, { timeout: 30_000 });
      // The notice is read together with the address of the document it is in, so that the
      // previous page's notice, still there until the held article's document commits, cannot pass.
      const onHeldArticle = async () => {
        const found = await extension.inClosedShadows(page, (root) => {
          const surface = root.querySelector('.notice');
          if (!surface) return null;
          return `${location.pathname} ${surface.tagName === 'DIALOG' ? 'interstitial' : 'banner'} ${surface.textContent ?? ''}`;
        }).catch(() => []);
        return found.find((line) => line !== null) ?? '';
      };
      await expect.poll(onHeldArticle, { timeout: 6_000 })
        .toMatch(/^\/a\/held-article\.html banner .*Radio Free Europe\/Radio Liberty/);
      expect(await readyState(page)).toBe('loading');
      expect(await page.evaluate(() => (window as unknown as { __noticeHosts: number }).__noticeHosts)).toBe(1);
      // The act guards hold too, with no answer from the background: sharing asks first.
      await click(page, 'a.share');
      await expect.poll(() => confirmation(page, extension), { timeout: 3_000 }).toContain('Share');
      expect(Date.now()).toBeLessThan(busyUntil);
      expect(sentTo(server, 't.me')).toEqual([]);
      await extension.clickInShadow(page, 'dialog.confirm button.cancel');

      held.release();
      await loaded;
      await backgroundFree;
      // The background's answer, when it comes, confirms the same notice: it stays the one host
      // put in at first, not replaced (nor announced again); the other host is the confirmation's.
      const shown = (await probeNotices(page, extension))[0]?.text;
      await expect.poll(() => tabRecord(extension, ARTICLE).then((record) => record?.flagged), { timeout: 15_000 }).toBe(true);
      await pause(500); // the answer's last step, after the record
      expect((await probeNotices(page, extension)).map((notice) => notice.text)).toEqual([shown]);
      expect(await page.evaluate(() => (window as unknown as { __noticeHosts: number }).__noticeHosts)).toBe(2);

      // A dismissal for this site reaches the prepared notice of its domain at once.
      await extension.clickInShadow(page, '#notice-dismiss-toggle');
      await extension.clickInShadow(page, 'button[data-dismiss="site"]');
      await expect.poll(async () => (await preparedNotice(extension, 'rferl.org'))?.exceptHosts, { timeout: 15_000 })
        .toEqual(['www.rferl.org']);
    });
  });
});
