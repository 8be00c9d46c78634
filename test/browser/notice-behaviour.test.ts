import type { Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { bringTestTabToFront, probeNotices, saveScreenshot } from './notice-probe';
import { readSettings, tabRecord } from './page-actions';

const ARTICLE = 'http://www.rferl.org/a/russia-article.html';

/** Writes stored settings fields directly, as the options page would through the settings store. */
function storeSettings(extension: ExtensionHandle, fields: Record<string, unknown>, area: 'sync' | 'local'): Promise<void> {
  return extension.evaluate(async (entries: Record<string, unknown>, where: 'sync' | 'local') => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const api = scope.browser ?? scope.chrome;
    await api.storage[where].set(Object.fromEntries(Object.entries(entries).map(([key, value]) => [`settings.${key}`, value])));
  }, fields, area);
}

/** A trusted click on a page element (page.click waits on the element's box in ways that stall here). */
async function clickPageElement(page: Page, selector: string): Promise<void> {
  const box = await (await page.$(selector))?.boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe.each(BROWSERS)('the notice in %s', (browserName) => {
  it('cannot be removed, hidden, covered or clicked away by a hostile page', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      await page.setViewport({ width: 1024, height: 700 });
      await page.goto('http://www.rferl.org/a/notice-hostile.html');
      await expect.poll(async () => (await probeNotices(page, extension))[0]?.onTop, { timeout: 10_000 }).toBe(true);
      // Let the page's removal, covering and synthetic clicks run for a while.
      await expect.poll(() => page.evaluate(() => (window as unknown as { tamperTicks?: number }).tamperTicks ?? 0), { timeout: 10_000 })
        .toBeGreaterThan(20);
      const notices = await probeNotices(page, extension);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.onTop).toBe(true);
      expect(notices[0]?.text).toContain('Reading is not punished');
      const nodes = await extension.accessibleNodes(page);
      expect(nodes.some((n) => n.role === 'region' && n.name.startsWith('Legal risk warning'))).toBe(true);
      // The page could reach the host, but not its text.
      const pageSees = await page.evaluate(() => {
        const hosts = [...document.querySelectorAll('*')].filter((element) => element.shadowRoot === null && element.tagName === 'DIV');
        return `${document.documentElement.outerHTML} ${hosts.map((host) => host.textContent).join(' ')}`;
      });
      expect(pageSees).not.toContain('Reading is not punished');
      await saveScreenshot(page, `${browserName}-hostile`);

      // Hiding the whole page, the notice with it, by inline style or a style sheet: undone.
      const hidings = [
        ['opacity', '0'], ['filter', 'opacity(0)'], ['transform', 'scale(0)'], ['zoom', '0.01'],
        ['mask-image', 'linear-gradient(transparent, transparent)'], ['clip-path', 'inset(50%)'],
      ] as const;
      for (const [property, value] of hidings) {
        await page.evaluate((name, hidden) => {
          document.documentElement.style.setProperty(name, hidden);
          const sheet = document.head.appendChild(document.createElement('style'));
          sheet.textContent = `html { ${name}: ${hidden} !important; }`;
        }, property, value);
        await expect.poll(() => page.evaluate((name) => getComputedStyle(document.documentElement).getPropertyValue(name), property), { timeout: 5_000 })
          .toMatch(/^(1|none|)$/);
      }
      expect((await probeNotices(page, extension))[0]?.text).toContain('Reading is not punished');
      await saveScreenshot(page, `${browserName}-hostile-hidden-page`);

      // A full-screen layer that lets clicks through (pointer-events: none, which hit testing
      // skips) over the banner: the banner rises into the top layer, above it.
      const bannerRaised = async () => (await extension.inClosedShadows(page, (root) =>
        root.querySelector('[popover]')?.matches(':popover-open') ?? false)).some(Boolean);
      await page.goto(ARTICLE);
      await expect.poll(async () => (await probeNotices(page, extension)).length, { timeout: 10_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(await bannerRaised()).toBe(false); // in the page's flow while nothing covers it
      await page.evaluate(() => {
        const layer = document.body.appendChild(document.createElement('div'));
        layer.setAttribute('style', 'position:fixed;inset:0;background:#fff;z-index:2147483647;pointer-events:none');
      });
      await expect.poll(bannerRaised, { timeout: 5_000 }).toBe(true);
      await saveScreenshot(page, `${browserName}-hostile-pass-through-layer`);
    });
  });

  it('follows single-page navigation and the back/forward cache', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      // Within a flagged site: one notice, kept as it is.
      await page.goto('http://www.rferl.org/a/notice-spa.html');
      await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);
      await clickPageElement(page, '#next');
      await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/a/notice-spa-second.html');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await probeNotices(page, extension)).toHaveLength(1);

      // A neutral single-page site that renders a republished flagged story in place.
      await page.goto('http://news.example.com/notice-spa.html');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await probeNotices(page, extension)).toHaveLength(0);
      await clickPageElement(page, '#open');
      await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);

      // Back to a flagged page from the cache: the notice is still there, once.
      await page.goto(ARTICLE);
      await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);
      await page.goto('http://news.example.com/');
      // A page restored from the back/forward cache fires no load event for goBack() to wait on.
      await page.evaluate(() => history.back());
      await expect.poll(() => page.evaluate(() => location.hostname), { timeout: 10_000 }).toBe('www.rferl.org');
      await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);
      expect((await probeNotices(page, extension))[0]?.onTop).toBe(true);
    });
  });

  it('as an interstitial, is a modal alert dialog run from the keyboard', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      await storeSettings(extension, { noticeMode: 'interstitial' }, 'sync');
      // Keyboard focus only moves in the tab in front, not in the extension page just opened.
      await page.bringToFront();
      await page.setViewport({ width: 1024, height: 700 });
      await page.goto(ARTICLE);
      await expect.poll(async () => (await probeNotices(page, extension))[0]?.modal, { timeout: 10_000 }).toBe(true);
      const [dialog] = await probeNotices(page, extension);
      expect(dialog?.kind).toBe('interstitial');
      expect(dialog?.focused).toBe('Go back');
      const nodes = await extension.accessibleNodes(page);
      expect(nodes.some((n) => n.role === 'alertdialog' && n.name.includes('Radio Free Europe/Radio Liberty'))).toBe(true);
      await saveScreenshot(page, `${browserName}-interstitial`);

      // Escape keeps the cover and points at the safe way out; Tab stays inside.
      await page.keyboard.press('Tab');
      expect((await probeNotices(page, extension))[0]?.focused).toBe('Continue to the page');
      await page.keyboard.press('Escape');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [afterEscape] = await probeNotices(page, extension);
      expect(afterEscape?.modal).toBe(true);
      expect(afterEscape?.focused).toBe('Go back');
      const reached: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        reached.push((await probeNotices(page, extension))[0]?.focused ?? null);
      }
      expect(reached).toEqual(['Continue to the page', 'Why am I seeing this?', 'Don’t show this notice again']);
      // Focus never reached the page behind the cover.
      expect(await page.evaluate(() => document.activeElement?.closest('article, main, header, footer') ?? null)).toBeNull();

      // A page's synthetic click cannot pass it; the reader's Enter on "Continue" does.
      await page.evaluate(() => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
      expect((await probeNotices(page, extension))[0]?.modal).toBe(true);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      expect((await probeNotices(page, extension))[0]?.focused).toBe('Continue to the page');
      await page.keyboard.press('Enter');
      await expect.poll(() => probeNotices(page, extension)).toHaveLength(0);
    });
  });

  it('remembers "don’t show again" and shows the notice again when asked', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      await page.goto(ARTICLE);
      await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);
      await extension.clickInShadow(page, '#notice-dismiss-toggle');
      await extension.clickInShadow(page, 'button[data-dismiss="session"]');
      await expect.poll(() => probeNotices(page, extension)).toHaveLength(0);
      // The next page of the site: once the background has answered it, there is no notice.
      const again = `${ARTICLE}?again`;
      await page.goto(again);
      await expect.poll(() => tabRecord(extension, again).then((record) => record?.url), { timeout: 10_000 }).toBe(again);
      await expect.poll(() => probeNotices(page, extension)).toHaveLength(0);
      expect(await extension.evaluate(async () => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const api = scope.browser ?? scope.chrome;
        return api.runtime.sendMessage({ type: 'notice-session-dismissals' });
      })).toEqual(['www.rferl.org']);

      // The popup's "show the notice again" reaches the tab.
      const shown = await extension.evaluate(async (url: string) => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const api = scope.browser ?? scope.chrome;
        const [tab] = await api.tabs.query({ url });
        return api.tabs.sendMessage(tab!.id!, { type: 'show-notice' });
      }, again);
      expect(shown).toBe(true);
      await page.bringToFront();
      await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);

      // "For this organization" lands in the settings, and the next page of it is quiet.
      await extension.clickInShadow(page, '#notice-dismiss-toggle');
      await extension.clickInShadow(page, 'button[data-dismiss="organization"]');
      await expect.poll(() => readSettings(extension, 'dismissedOrganizations')).toEqual(['ru-undesirable/rferl']);
      const crimea = 'http://ru.krymr.com/a/notice-crimea-article.html';
      await page.goto(crimea);
      await expect.poll(() => tabRecord(extension, crimea).then((record) => record?.url), { timeout: 10_000 }).toBe(crimea);
      await expect.poll(() => probeNotices(page, extension)).toHaveLength(0);
    });
  });
});
