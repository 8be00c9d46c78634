import type { CDPSession } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser, type BrowserContext } from './harness';

const FLAGGED_PAGE = 'http://www.rferl.org/a/russia-article.html';
const NEUTRAL_PAGE = 'http://news.example.com/';
const PROBE_PAGE = 'http://probe.example.net/';
const VISITED = [FLAGGED_PAGE, NEUTRAL_PAGE, PROBE_PAGE];

interface ProbeReport {
  newGlobals: string[];
  stylesheetsAdded: number;
  mutations: string[];
  received: string[];
  htmlAttributes: string[];
  bodyAttributes: string[];
  topLevelElements: string[];
  dataAttributes: number;
  elementCount: number;
}

/**
 * What the visited pages cause by themselves: their documents, and the favicon the browser asks
 * for on each host. Anything else the fixture server sees came from the extension.
 */
function pageCaused(): Set<string> {
  const expected = new Set<string>();
  for (const address of VISITED) {
    const url = new URL(address);
    expected.add(`${url.hostname}${url.pathname}`);
    expected.add(`${url.hostname}/favicon.ico`);
  }
  return expected;
}

/**
 * Requests Chromium itself makes in spite of --disable-background-networking: its updater (it asks
 * the Web Store about every installed extension and component) and its network clock. They come
 * from the browser process, not from the extension's code, which the service-worker watch below
 * confirms; docs/privacy.md tells users about the update check.
 */
const BROWSER_OWN_HOSTS: Record<BrowserContext['extension']['browserName'], string[]> = {
  chromium: ['update.googleapis.com', 'clients2.google.com'],
  firefox: [],
};

/** Chromium: every request the extension's service worker starts, through the DevTools protocol. */
async function watchServiceWorker({ browser, extension }: BrowserContext): Promise<{ urls: string[]; session: CDPSession }> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(extension.origin));
  const session = await target.createCDPSession();
  const urls: string[] = [];
  session.on('Network.requestWillBeSent', (event) => urls.push(event.request.url));
  await session.send('Network.enable');
  return { urls, session };
}

describe.each(BROWSERS)('privacy in %s', (browserName) => {
  it('makes no network request of its own and leaves no trace a neutral page can find', async () => {
    await withBrowser(browserName, async (context) => {
      const { page, server, extension } = context;
      const worker = browserName === 'chromium' ? await watchServiceWorker(context) : null;

      // A full run: a flagged page, a neutral one, the popup, a link check, the options page.
      await page.goto(FLAGGED_PAGE);
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      await page.goto(NEUTRAL_PAGE);
      const popup = await extension.openPage('popup.html', '.status');
      await extension.openPage(`popup.html?link=${encodeURIComponent('http://www.svoboda.org/a/1.html')}`, '.status');
      await extension.openOptions('body');

      await page.goto(PROBE_PAGE);
      // Long enough for the content script to have answered and done whatever it does.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const report = await page.evaluate(() => (globalThis as unknown as { probeReport(): ProbeReport }).probeReport());
      expect(report).toEqual({
        newGlobals: [],
        stylesheetsAdded: 0,
        mutations: [],
        received: ['classify-page', 'tab-status', 'show-notice', 'ping'],
        htmlAttributes: ['lang'],
        bodyAttributes: [],
        topLevelElements: ['HEAD', 'BODY'],
        dataAttributes: 0,
        elementCount: 10,
      });

      // No file of the extension is reachable from a web page (no web_accessible_resources).
      const reachable = await page.evaluate(async (origin: string) => {
        const files = ['manifest.json', 'popup.html', 'content.js', 'icons/icon-16.png', 'icons/icon-flagged-16.png'];
        const outcomes = await Promise.all(
          files.map((file) => fetch(`${origin}/${file}`).then(() => file, () => null)),
        );
        return outcomes.filter((file) => file !== null);
      }, extension.origin);
      expect(reachable).toEqual([]);

      // A page faking what a user does with a flagged link (a paste, typing, a form submission by
      // script, Enter) sees no hint and no question, and its own submit handler runs.
      const submitted = await page.evaluate(async () => {
        const form = document.body.appendChild(document.createElement('form'));
        const field = form.appendChild(document.createElement('textarea'));
        const chat = document.body.appendChild(document.createElement('div'));
        chat.contentEditable = 'true';
        chat.setAttribute('role', 'textbox');
        let handled = 0;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          handled++;
        });
        const pasted = new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: new DataTransfer() });
        pasted.clipboardData?.setData('text/plain', 'https://meduza.io/feature/1');
        field.dispatchEvent(pasted);
        field.value = 'https://www.svoboda.org/a/1.html';
        field.dispatchEvent(new InputEvent('input', { bubbles: true }));
        chat.textContent = 'https://meduza.io/feature/1';
        chat.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 800));
        form.requestSubmit();
        chat.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        return handled;
      });
      expect(submitted).toBe(1);
      expect(await extension.inClosedShadows(page, () => true)).toEqual([]);
      await popup.close();

      const expected = pageCaused();
      const unexplained = server.requests
        .map((request) => `${request.host}${request.path}`)
        .filter((request) => !expected.has(request))
        .filter((request) => !BROWSER_OWN_HOSTS[browserName].some((host) => request.startsWith(`${host}/`)));
      expect(unexplained).toEqual([]);
      // The test can see the page requests, so it would see the extension's as well.
      expect(server.requests.some((request) => `${request.host}${request.path}` === 'probe.example.net/')).toBe(true);

      if (worker) {
        expect(worker.urls.filter((url) => /^(https?|wss?):/.test(url))).toEqual([]);
        await worker.session.detach();
      }
    });
  });
});
