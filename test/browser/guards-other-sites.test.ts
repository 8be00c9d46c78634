import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { BROWSERS, withBrowser } from './harness';
import { confirmation, pause } from './page-actions';

/**
 * Ids of the marked elements, and each one's accessible description as the page's DOM gives it.
 * Marks carry names made per page load, so they are found as a reader meets them: a link gets a
 * wavy underline, an embed a dashed outline.
 */
function markers(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('a, iframe')]
    .filter((element) => {
      const style = getComputedStyle(element);
      return style.textDecorationStyle === 'wavy' || style.outlineStyle === 'dashed';
    })
    .map((element) => [
      element.id,
      (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
    ])));
}

const messagesSent = (server: FixtureServer) =>
  server.requests.filter((r) => r.host === 'vk.com' && r.path === '/im/send').map((r) => r.body);

/** A page with 10,000 links, one in a hundred to a flagged site, made on request. */
function serveManyLinks(server: FixtureServer): void {
  server.route('news.example.com', '/many-links.html', (_request, response) => {
    const links = Array.from({ length: 10_000 }, (_, i) =>
      i % 100 === 0
        ? `<li><a id="flagged-${i}" href="http://meduza.io/news/${i}">story ${i}</a></li>`
        : `<li><a href="http://site${i % 250}.example.net/page/${i}">story ${i}</a></li>`,
    ).join('');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many links</title></head><body><ul>${links}</ul></body></html>`);
  });
}

describe.each(BROWSERS)('guards on other sites in %s', (browserName) => {
  it('mark flagged links, and ask before a flagged link is sent from a composer', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      serveManyLinks(server);
      await page.setViewport({ width: 1024, height: 800 });

      // A neutral news page: links and embeds of flagged organizations are marked, nothing else.
      await page.goto('http://news.example.com/guards-links.html');
      await expect.poll(() => markers(page).then(Object.keys).then((ids) => ids.sort()), { timeout: 10_000 })
        .toEqual(['embed', 'meduza', 'svoboda', 'telegram', 'telegram-widget', 'vk-widget']);
      const described = await markers(page);
      expect(described.meduza).toMatch(/Link to .*Meduza.*on a list that applies to you/);
      expect(described.embed).toMatch(/Embedded material of .*Radio Free Europe/);
      expect(await extension.inClosedShadows(page, () => true)).toEqual([]); // no notice, no dialog
      expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toMatch(/rlw/i);
      await page.evaluate(() => {
        document.getElementById('later')!.innerHTML = '<a id="late" href="http://theins.ru/news/1">The Insider</a>';
      });
      await expect.poll(() => markers(page).then((m) => Object.keys(m)), { timeout: 10_000 }).toContain('late');

      // 10,000 links: the flagged ones near the view are marked at once, the others as the reader
      // scrolls to them, and no other link ever is (the cost is measured in the bench).
      await page.goto('http://news.example.com/many-links.html');
      await expect.poll(() => markers(page).then(Object.keys), { timeout: 20_000 }).toContain('flagged-0');
      expect(Object.keys(await markers(page))).not.toContain('flagged-5000');
      for (const id of ['flagged-5000', 'flagged-9900']) {
        await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'center' }), id);
        await expect.poll(() => markers(page).then(Object.keys), { timeout: 10_000 }).toContain(id);
      }
      const marked = Object.keys(await markers(page));
      expect(marked.every((id) => id.startsWith('flagged-'))).toBe(true);
      expect(marked).not.toContain('flagged-2000'); // scrolled past, never near the view

      // A social network's composer: a flagged link typed in gets a hint; Enter asks before sending.
      // (Pasting takes the same path plus the clipboard's text; see test/dom/guards/outbound.test.ts.)
      await page.goto('http://vk.com/guards-composer.html');
      await pause(500);
      await page.focus('#composer');
      await page.keyboard.type('look meduza.io/feature/1');
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('This is a link to');
      await page.keyboard.press('Enter');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Send a link to this organization');
      await pause(300);
      expect(messagesSent(server)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      expect(await page.evaluate(() => document.getElementById('composer')!.textContent)).toBe('look meduza.io/feature/1');
      expect(messagesSent(server)).toEqual([]);

      await page.focus('#composer');
      await page.keyboard.press('Enter');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Send a link to this organization');
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(() => messagesSent(server), { timeout: 10_000 }).toEqual(['look meduza.io/feature/1']);

      // A neutral message is sent at once, with no question.
      await page.focus('#composer');
      await page.keyboard.type('see you at six');
      await page.keyboard.press('Enter');
      await expect.poll(() => messagesSent(server), { timeout: 5_000 }).toHaveLength(2);
      expect(await confirmation(page, extension)).toBe('');
    });
  });
});
