import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FixtureServer } from './fixture-server';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { click, confirmation, pause, sentTo } from './page-actions';

const ARTICLE = 'http://www.rferl.org/a/guards-article.html';
const DIALOG = 'dialog.confirm[open]';

async function openArticle(page: Page, extension: ExtensionHandle): Promise<void> {
  await page.goto(ARTICLE);
  await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
  // The guards start with the notice's verdict; give their settings message a moment to return.
  await pause(500);
}

const commentPosts = (server: FixtureServer) =>
  sentTo(server, 'www.rferl.org').filter((r) => r.method === 'POST').map((r) => r.body);

describe.each(BROWSERS)('act guards on a flagged page in %s', (browserName) => {
  it('ask before sharing and commenting, replay exactly on Continue, and refuse synthetic clicks', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      server.route('www.rferl.org', '/comments', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p id="thanks">Thanks</p>');
      });
      await page.setViewport({ width: 1024, height: 800 });
      await openArticle(page, extension);

      // A share link: nothing leaves until the user answers; Escape cancels.
      await click(page, '#share-vk');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      const nodes = await extension.accessibleNodes(page);
      expect(nodes.some((n) => n.role === 'alertdialog' && n.name === 'Share this material?')).toBe(true);
      expect(await confirmation(page, extension)).toContain('Organization: Radio Free Europe/Radio Liberty');
      await pause(300);
      expect(sentTo(server, 'vk.com')).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      await pause(300);
      expect(sentTo(server, 'vk.com')).toEqual([]);
      expect(page.url()).toBe(ARTICLE);

      // A page's synthetic clicks cannot press Continue, even on the button itself.
      await page.evaluate(() => document.getElementById('share-vk')?.click());
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      await page.evaluate(() => {
        const host = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      });
      await extension.inClosedShadows(page, (root) => {
        (root.querySelector('dialog.confirm button.continue') as HTMLButtonElement | null)?.click();
      });
      await pause(500);
      expect(await confirmation(page, extension)).toContain('Share this material?');
      expect(sentTo(server, 'vk.com')).toEqual([]);

      // The user's own click on Continue follows the very same link.
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(() => sentTo(server, 'vk.com').map((r) => r.path), { timeout: 10_000 }).toEqual([
        '/share.php?url=http%3A%2F%2Fwww.rferl.org%2Fa%2Fguards-article.html',
      ]);

      // A comment: the POST arrives only after Continue, with the text intact.
      await openArticle(page, extension);
      await click(page, '#comment-text');
      await page.keyboard.type('Reading is not a crime');
      await click(page, '#comment-submit');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Post this comment?');
      await pause(300);
      expect(commentPosts(server)).toEqual([]);
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(() => commentPosts(server), { timeout: 10_000 })
        .toEqual(['text=Reading+is+not+a+crime&kind=comment']);

      // A reply sent by script with form.submit() (no submit event): asked too, sent on Continue.
      await openArticle(page, extension);
      await click(page, '#reply-text');
      await page.keyboard.type('Sent by script');
      await click(page, '#reply-send');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Post this comment?');
      await pause(300);
      expect(commentPosts(server)).toEqual(['text=Reading+is+not+a+crime&kind=comment']);
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(() => commentPosts(server), { timeout: 10_000 })
        .toEqual(['text=Reading+is+not+a+crime&kind=comment', 'text=Sent+by+script']);

      // Copying a link gets a short hint that blocks nothing: the page's own button still works.
      await openArticle(page, extension);
      await click(page, '#copy-link');
      await expect.poll(() => extension.readShadowText(page), { timeout: 5_000 }).toContain('Copied from a page of');
      expect(await page.evaluate(() => document.getElementById('copy-link')?.dataset.copied)).toBe('yes');
      expect(await confirmation(page, extension)).toBe('');

      // navigator.share(): the page's share button waits for the answer; Cancel rejects the call.
      await page.goto('http://www.rferl.org/a/guards-share-api.html');
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      await pause(500);
      const shared = () => sentTo(server, 'www.rferl.org').filter((r) => r.path === '/shared').map((r) => r.body);
      await click(page, '#send-to');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      // Tab goes round the dialog's controls, both ways, starting from Cancel.
      const focused = async () => (await extension.inClosedShadows(page, (root) => {
        const active = root.activeElement as HTMLElement | null;
        return active?.closest('dialog.confirm') ? (active.className || active.tagName.toLowerCase()) : null;
      })).find((name) => name !== null) ?? null;
      const round: (string | null)[] = [await focused()];
      for (const key of ['Tab', 'Tab', 'Tab'] as const) {
        await page.keyboard.press(key);
        round.push(await focused());
      }
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      round.push(await focused());
      await page.keyboard.up('Shift');
      expect(round).toEqual(['cancel', 'continue', 'input', 'cancel', 'input']);
      await extension.clickInShadow(page, 'dialog.confirm button.cancel');
      await expect.poll(() => page.evaluate(() => document.getElementById('outcome')?.textContent)).toBe('AbortError');
      expect(shared()).toEqual([]);
      // Focus went back to the button: a keyboard user presses it again.
      await pause(500);
      await page.focus('#send-to');
      await page.keyboard.press('Enter');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(shared, { timeout: 5_000 }).toEqual(['http://www.rferl.org/a/guards-share-api.html']);

      // An icon-only control whose script opens the share window: held until Continue, then opened.
      await pause(300);
      await click(page, '#icon-share');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      await pause(300);
      expect(sentTo(server, 't.me')).toEqual([]);
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(() => sentTo(server, 't.me').map((r) => r.path), { timeout: 10_000 })
        .toEqual(['/share/url?url=http%3A%2F%2Fwww.rferl.org%2Fa%2Fguards-share-api.html']);

      // A donation is refused outright, with the strongest wording.
      await openArticle(page, extension);
      await click(page, '#donate');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('a crime from the very first payment');
      await page.keyboard.press('Escape');
      await pause(300);
      expect(server.requests.some((r) => r.path === '/donate')).toBe(false);

      // With the notice expanded (taller than half a small window), the confirmation stays on top:
      // the notice does not count the extension's own dialog as a page covering it (it checks
      // about once a second).
      await page.setViewport({ width: 800, height: 600 });
      await openArticle(page, extension);
      await extension.clickInShadow(page, 'button[aria-controls="notice-details"]');
      // The banner stays in view (a banner scrolled away is covered by nothing); Enter on the link
      // is the user's own click.
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.getElementById('share-vk')?.focus({ preventScroll: true });
      });
      await page.keyboard.press('Enter');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      await pause(2_500);
      // Each closed root answers: the dialog's, whether it is on top; the notice's, whether it
      // raised itself into the top layer (only a page covering it may make it do so).
      const layers = await extension.inClosedShadows(page, (root, selector: string) => {
        const dialog = root.querySelector(selector);
        if (!dialog) return root.querySelector('.banner:popover-open') ? 'notice raised' : null;
        const rect = dialog.getBoundingClientRect();
        const points = [[rect.left + rect.width / 2, rect.top + rect.height / 2], [rect.left + 4, rect.top + 4], [rect.right - 4, rect.top + 4]];
        return points.every(([x = 0, y = 0]) => document.elementFromPoint(x, y) === root.host) ? 'dialog on top' : 'dialog covered';
      }, DIALOG);
      expect(layers.filter((layer) => layer !== null)).toEqual(['dialog on top']);
      await page.keyboard.press('Escape');
    });
  });
});
