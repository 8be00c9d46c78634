/**
 * Real-browser test harness: launches Debian's Chromium or Firefox ESR with the built extension
 * loaded, points every hostname at a local fixture server, and gives tests what they need to see
 * what a user would see, including the inside of the extension's closed shadow roots.
 *
 *   await withBrowser('firefox', async ({ page, server, extension }) => {
 *     await page.goto('http://www.rferl.org/a/article.html');
 *     expect(await extension.readShadowText(page)).toContain('Radio Free Europe');
 *   });
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { bringTestTabToFront } from './notice-probe';
import { shadowOps, type ShadowOps } from './shadow';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};
export const GECKO_ID = 'regional-legal-warnings@addons';
const FIREFOX_UUID = '4b1d5c2e-7f3a-4e8b-9c6d-2a1f0e3b5d7c';

export function distDir(browserName: BrowserName): string {
  return path.resolve(process.env.RLW_DIST ?? 'dist', browserName === 'chromium' ? 'chrome' : 'firefox');
}

export function missingBrowserMessage(browserName: BrowserName): string | null {
  return existsSync(EXECUTABLES[browserName])
    ? null
    : `${EXECUTABLES[browserName]} is missing: run "bash scripts/setup-browsers.sh" to install Chromium and Firefox ESR`;
}

export interface ExtensionHandle extends ShadowOps {
  browserName: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID, without a trailing slash. */
  origin: string;
  url(file: string): string;
  /** Opens one of the extension's own pages in a new tab and waits for its first render. */
  openPage(file: string, readySelector?: string): Promise<Page>;
  openOptions(readySelector?: string): Promise<Page>;
  /** Runs a function in an extension page (where `chrome`/`browser` APIs exist). */
  evaluate<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** Chromium only: the background service worker. */
  serviceWorker(): Promise<WebWorker>;
  /** Chromium only: stops the running service worker; resolves once that one has ended. */
  stopServiceWorker(): Promise<void>;
}

export interface BrowserContext {
  browser: Browser;
  page: Page;
  server: FixtureServer;
  extension: ExtensionHandle;
  /** Opens a fresh tab. */
  newPage(): Promise<Page>;
}

async function launchChromium(port: number, userDataDir: string, headless: boolean): Promise<Browser> {
  const dir = distDir('chromium');
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      // The fixture server's certificate is made per run (HTTPS-only hosts such as youtube.com).
      '--ignore-certificate-errors',
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    ],
  });
  await browser.installExtension(dir);
  return browser;
}

async function launchFirefox(
  port: number,
  userDataDir: string,
  headless: boolean,
  colorScheme?: 'light' | 'dark',
  withExtension = true,
): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    // The fixture server's certificate is made per run (HTTPS-only hosts such as youtube.com).
    acceptInsecureCerts: true,
    headless,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'browser.fixup.alternate.enabled': false,
      // Firefox over BiDi cannot emulate media features; its colour scheme is a pref.
      ...(colorScheme ? { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 } : {}),
    },
  });
  if (withExtension) await browser.installExtension(distDir('firefox'));
  return browser;
}

/**
 * Starts a browser with the built extension installed, every http:// hostname answered by the
 * server on `port`, and a fresh profile in `userDataDir`.
 */
export function launchBrowser(
  browserName: BrowserName,
  port: number,
  userDataDir: string,
  {
    headless = true,
    colorScheme,
    withExtension = true,
  }: { headless?: boolean; colorScheme?: 'light' | 'dark'; withExtension?: boolean } = {},
): Promise<Browser> {
  if (browserName === 'chromium' && !withExtension) throw new Error('for Chromium without the extension, use bench/lib.mjs launchChromium');
  return browserName === 'chromium'
    ? launchChromium(port, userDataDir, headless)
    : launchFirefox(port, userDataDir, headless, colorScheme, withExtension);
}

async function extensionOrigin(browser: Browser, browserName: BrowserName): Promise<string> {
  if (browserName === 'firefox') return `moz-extension://${FIREFOX_UUID}`;
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  // Node's URL gives "null" as the origin of a non-special scheme such as chrome-extension:.
  const { protocol, host } = new URL(worker.url());
  return `${protocol}//${host}`;
}

/** Firefox hangs on page.goto() to moz-extension:// (no BiDi navigation events); navigate directly. */
export async function navigate(page: Page, url: string, browserName: BrowserName): Promise<void> {
  if (browserName === 'firefox' && !url.startsWith('http')) {
    const frame = page.mainFrame() as unknown as {
      browsingContext: { navigate(url: string, wait: string): Promise<void> };
    };
    await frame.browsingContext.navigate(url, 'complete');
  } else {
    await page.goto(url, { waitUntil: 'load' });
  }
}

function makeExtensionHandle(browser: Browser, browserName: BrowserName, origin: string): ExtensionHandle {
  const url = (file: string) => `${origin}/${file.replace(/^\//, '')}`;
  let evaluationPage: Page | null = null;
  const openPage = async (file: string, readySelector = 'body', front = true) => {
    const page = await browser.newPage();
    await navigate(page, url(file), browserName);
    await page.waitForSelector(readySelector, { timeout: 15_000 });
    // The welcome tab opened on install would stay in front; headless Chromium can stall
    // viewport changes and clicks in a tab behind it.
    if (front) await page.bringToFront();
    return page;
  };
  return {
    browserName,
    origin,
    url,
    openPage,
    openOptions: (readySelector = 'main') => openPage('options.html', readySelector),
    async evaluate(fn, ...args) {
      if (!evaluationPage || evaluationPage.isClosed()) evaluationPage = await openPage('options.html', 'body', false);
      return evaluationPage.evaluate(fn as never, ...(args as never[])) as never;
    },
    async serviceWorker() {
      if (browserName !== 'chromium') throw new Error('Firefox runs the background as an event page, not a service worker');
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(origin),
        { timeout: 15_000 },
      );
      const worker = await target.worker();
      if (!worker) throw new Error('service worker target has no worker');
      return worker;
    },
    async stopServiceWorker() {
      if (browserName !== 'chromium') throw new Error('Firefox runs the background as an event page, not a service worker');
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(origin),
        { timeout: 15_000 },
      );
      // This worker ends; the next event may well start a new one, which is a new target.
      const gone = new Promise<void>((resolve) => {
        const check = (destroyed: Target) => {
          if (destroyed !== target) return;
          browser.off('targetdestroyed', check);
          resolve();
        };
        browser.on('targetdestroyed', check);
      });
      await Promise.race([target.worker().then((worker) => worker?.close()), new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await Promise.race([gone, new Promise((_, reject) => setTimeout(() => reject(new Error('the service worker did not stop')), 15_000))]);
    },
    ...shadowOps(browserName),
  };
}

/**
 * Launches a browser with the built extension and a fixture server, runs `body`, and always
 * cleans up. A missing browser or build fails loudly with the command that fixes it.
 */
export async function withBrowser<T>(
  browserName: BrowserName,
  body: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const missing = missingBrowserMessage(browserName);
  if (missing) throw new Error(missing);
  if (!existsSync(path.join(distDir(browserName), 'manifest.json'))) {
    throw new Error(`${distDir(browserName)} is not built: run "npm run build"`);
  }
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(path.join(tmpdir(), `rlw-${browserName}-`));
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser(browserName, server.port, userDataDir);
    const origin = await extensionOrigin(browser, browserName);
    const extension = makeExtensionHandle(browser, browserName, origin);
    const page = await browser.newPage();
    // Installing opens the welcome page in a tab of its own; input and frames go to the tab in front.
    await bringTestTabToFront(browser, page);
    const openBrowser = browser;
    return await body({ browser, page, server, extension, newPage: () => openBrowser.newPage() });
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
    // The browser may still be writing its profile as it exits; a left-over temp dir is harmless.
    try {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      /* left for the OS to clean */
    }
  }
}
