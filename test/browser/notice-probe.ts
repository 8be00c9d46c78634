/**
 * What a test needs to know about the notice as the reader sees it, read from inside its closed
 * shadow root (see shadow.ts): where it is, whether it is on top of the page, what it says.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { ExtensionHandle } from './harness';

export interface NoticeProbe {
  kind: 'banner' | 'interstitial';
  text: string;
  /** The notice is what the reader sees at its own centre: not hidden, not covered. */
  onTop: boolean;
  left: number;
  right: number;
  top: number;
  height: number;
  viewportWidth: number;
  /** The page scrolls sideways: the notice broke the layout. */
  overflowsSideways: boolean;
  direction: string;
  /** Interstitial: open as a modal (in the top layer). */
  modal: boolean;
  focused: string | null;
}

export async function probeNotices(page: Page, extension: ExtensionHandle): Promise<NoticeProbe[]> {
  const found = await extension.inClosedShadows(page, (root) => {
    const surface = root.querySelector('.notice');
    if (!surface) return null;
    const rect = surface.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 1), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 24), 1), innerHeight - 1);
    return {
      kind: surface.tagName === 'DIALOG' ? 'interstitial' : 'banner',
      text: surface.textContent ?? '',
      onTop: document.elementFromPoint(x, y) === root.host,
      left: rect.left,
      right: rect.right,
      top: rect.top,
      height: rect.height,
      viewportWidth: document.documentElement.clientWidth,
      overflowsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      direction: getComputedStyle(surface).direction,
      modal: surface.matches(':modal'),
      focused: root.activeElement?.textContent ?? null,
    };
  });
  return found.filter((probe) => probe !== null) as NoticeProbe[];
}

export const SCREENSHOT_DIR = '/tmp/notice-screenshots';

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) as `${string}.png` });
}

/**
 * Brings the test's tab to the front once the welcome page that installing opens is there: a tab
 * behind it draws no frames, and viewport changes and screenshots wait for one.
 */
export async function bringTestTabToFront(browser: Browser, page: Page): Promise<void> {
  // The address is read from each document: Firefox's driver reports a tab the extension opened
  // as about:blank.
  const isWelcome = (other: Page) => Promise.race([
    other.evaluate(() => location.pathname.endsWith('/welcome.html')).catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000)),
  ]);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const pages = await browser.pages();
    if ((await Promise.all(pages.map(isWelcome))).some(Boolean)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.bringToFront();
}
