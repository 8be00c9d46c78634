/** What the act-guard tests do on a page as a user would, and how they read the answer. */
import type { Page } from 'puppeteer-core';
import type { FixtureServer } from './fixture-server';
import type { ExtensionHandle } from './harness';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The open confirmation's text, or '' when none is open. */
export async function confirmation(page: Page, extension: ExtensionHandle): Promise<string> {
  const texts = await extension.inClosedShadows(page, (root) => root.querySelector('dialog.confirm[open]')?.textContent ?? '');
  return texts.join('');
}

/** A trusted mouse click at the element's centre (what a user does). */
export async function click(page: Page, selector: string): Promise<void> {
  const point = await page.$eval(selector, (element) => {
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
}

/** What the page sent to a host (the browser's own favicon requests left out). */
export const sentTo = (server: FixtureServer, host: string) =>
  server.requests.filter((r) => r.host === host && r.path !== '/favicon.ico');
