import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser } from './harness';
import { click, confirmation, pause, sentTo } from './page-actions';

const ARTICLE = 'http://www.rferl.org/a/guards-article.html';

/** A flagged page's comment box sent with Enter, by script, with no form and no button (chat-style widgets). */
const KEYBOARD_COMMENTS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Comments</title></head><body>
  <p>Radio Free Europe/Radio Liberty article.</p>
  <div id="composer" contenteditable="true" role="textbox" aria-label="Write a comment"></div>
  <script>
    document.getElementById('composer').addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      event.preventDefault();
      fetch('/api/comments', { method: 'POST', body: event.target.textContent });
      event.target.textContent = '';
    });
  </script></body></html>`;

describe.each(BROWSERS)('guards however a flagged page wires its acts in %s', (browserName) => {
  it('ask before a comment box sends on Enter, and send it on Continue', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      server.route('www.rferl.org', '/a/keyboard-comments.html', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(KEYBOARD_COMMENTS);
      });
      const posted = () => sentTo(server, 'www.rferl.org').filter((r) => r.method === 'POST').map((r) => r.body);
      await page.goto('http://www.rferl.org/a/keyboard-comments.html');
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      await pause(500);
      await click(page, '#composer');
      await page.keyboard.type('Reading is not a crime');
      await page.keyboard.press('Enter');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Post this comment?');
      await pause(300);
      expect(posted()).toEqual([]);
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await expect.poll(posted, { timeout: 5_000 }).toEqual(['Reading is not a crime']);
    });
  });

  it('keeps its notice and its guards after document.open() and document.write()', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      await page.setViewport({ width: 1024, height: 800 });
      await page.goto(ARTICLE);
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      await pause(500);
      // After load, the page replaces its whole document (old ad and paywall scripts still do).
      await page.evaluate(() => {
        document.open();
        document.write('<!doctype html><html><head><title>Rewritten</title></head><body><h1>Rewritten</h1>'
          + '<a id="share-vk" href="https://vk.com/share.php?url=https%3A%2F%2Fwww.rferl.org%2F">Share on VK</a>'
          + '<form id="comment" method="post" action="/comments"><textarea name="text"></textarea><button id="send">Post comment</button></form>'
          + '</body></html>');
        document.close();
      });
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      await pause(500);
      // The notice's own controls still work (document.open() erased the old ones' listeners).
      await extension.clickInShadow(page, '#notice-dismiss-toggle');
      await expect.poll(async () => (await extension.inClosedShadows(page, (root) =>
        root.querySelector('#notice-dismiss-options')?.hasAttribute('hidden') ?? null)).filter((hidden) => hidden !== null), { timeout: 5_000 })
        .toEqual([false]);
      await click(page, '#share-vk');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      await page.keyboard.press('Escape');
      await expect.poll(() => confirmation(page, extension)).toBe('');
      await pause(300);
      expect(sentTo(server, 'vk.com')).toEqual([]);
      await page.type('#comment textarea', 'A comment');
      await click(page, '#send');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Post this comment?');
      await page.keyboard.press('Escape');
      await pause(300);
      expect(sentTo(server, 'www.rferl.org').filter((r) => r.method === 'POST')).toEqual([]);
    });
  });
});
