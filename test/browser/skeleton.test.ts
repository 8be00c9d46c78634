import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser } from './harness';

describe.each(BROWSERS)('the built extension in %s', (browserName) => {
  it('shows the notice on an RFE/RL article and not on a neutral page', async () => {
    await withBrowser(browserName, async ({ page, extension }) => {
      await page.goto('http://www.rferl.org/a/russia-article.html');
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain(
        'Radio Free Europe/Radio Liberty',
      );
      const nodes = await extension.accessibleNodes(page);
      expect(nodes.some((n) => n.role === 'region' && n.name.includes('Radio Free Europe/Radio Liberty'))).toBe(true);

      await page.goto('http://news.example.com/');
      // The content script answers within a few hundred ms; wait beyond that before reading.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await extension.inClosedShadows(page, () => true)).toEqual([]);
    });
  });
});
