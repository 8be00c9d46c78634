import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser } from './harness';
import { bringTestTabToFront, probeNotices, saveScreenshot } from './notice-probe';

const FLAGGED_PAGES = [
  ['article', 'http://www.rferl.org/a/russia-article.html', 'Radio Free Europe/Radio Liberty'],
  ['service-subdomain', 'http://ru.krymr.com/a/notice-crimea-article.html', 'Radio Free Europe/Radio Liberty'],
  ['right-to-left', 'http://www.radiofarda.com/a/notice-persian-article.html', 'Radio Free Europe/Radio Liberty'],
  ['mirror-by-markup', 'http://mirror-news.example.net/notice-mirror-article.html', 'Radio Free Europe/Radio Liberty'],
] as const;

describe.each(BROWSERS)('the notice in %s', (browserName) => {
  it('is a labelled banner on top of flagged pages, and absent from a neutral page', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      await page.setViewport({ width: 1024, height: 700 });
      for (const [what, url, organization] of FLAGGED_PAGES) {
        await page.goto(url);
        await expect.poll(() => probeNotices(page, extension), { timeout: 10_000, message: what }).toHaveLength(1);
        const [banner] = await probeNotices(page, extension);
        expect(banner?.kind, what).toBe('banner');
        expect(banner?.onTop, what).toBe(true);
        expect(banner?.text, what).toContain('Reading is not punished');
        // A full-width strip at the top, in the notice's own direction even on a Persian page.
        expect(banner?.top, what).toBe(0);
        expect(banner?.left, what).toBe(0);
        expect(banner?.right, what).toBe(banner?.viewportWidth);
        expect(banner?.direction, what).toBe('ltr');
        expect(banner?.overflowsSideways, what).toBe(false);
        const nodes = await extension.accessibleNodes(page);
        expect(nodes.filter((n) => n.role === 'region' && n.name === `Legal risk warning: ${organization}`), what).toHaveLength(1);
        expect(nodes.some((n) => n.role === 'button' && n.name === 'Why am I seeing this?'), what).toBe(true);
        // Nothing of it is readable by the page.
        const pageSees = await page.evaluate(() => `${document.documentElement.outerHTML} ${Object.keys(window).join(' ')}`);
        expect(pageSees, what).not.toContain('Reading is not punished');
        expect(pageSees, what).not.toContain('Legal risk warning');
        await saveScreenshot(page, `${browserName}-${what}`);
      }

      await page.goto('http://mirror-news.example.net/notice-mirror-article.html');
      await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);
      await extension.clickInShadow(page, 'button[aria-controls]');
      const [expanded] = await probeNotices(page, extension);
      expect(expanded?.text).toContain('as its own address');
      expect(expanded?.text).toContain('Sources');

      await page.goto('http://news.example.com/');
      // The content script answers within a few hundred ms; wait beyond that before reading.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await extension.inClosedShadows(page, () => true)).toEqual([]);
      expect(await page.evaluate(() => [...document.documentElement.children].map((child) => child.tagName))).toEqual(['HEAD', 'BODY']);
    });
  });

  it('fits a 360 px screen, 200% zoom and both colour schemes', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      const views = [
        { name: 'desktop', viewport: { width: 1280, height: 720 } },
        { name: 'phone-360', viewport: { width: 360, height: 740 } },
        // 200% zoom of a 1280 px window: half as many CSS pixels, each drawn twice as large.
        { name: 'zoom-200', viewport: { width: 640, height: 360, deviceScaleFactor: 2 } },
      ];
      const schemes = browserName === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
      for (const scheme of schemes) {
        // Firefox over WebDriver BiDi cannot emulate media features; it is shot in its light scheme.
        if (browserName === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        for (const { name, viewport } of views) {
          await page.setViewport(viewport);
          await page.goto('http://ru.krymr.com/a/notice-crimea-article.html');
          await expect.poll(() => probeNotices(page, extension), { timeout: 10_000 }).toHaveLength(1);
          await saveScreenshot(page, `${browserName}-${name}-${scheme}`);
          const [banner] = await probeNotices(page, extension);
          expect(banner?.onTop, name).toBe(true);
          expect(banner?.overflowsSideways, name).toBe(false);
          expect(banner?.right, name).toBe(banner?.viewportWidth);
          // Short enough to leave the article in view.
          expect(banner!.height, name).toBeLessThan(viewport.height * 0.6);
        }
      }
    });
  });
});
