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

interface StorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

interface TabsApi {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * What the background recorded for the tab showing `url` (as the popup asks), or null. The
 * background records a verdict as it answers the page, so a record for this very address tells
 * that the answer is on its way to the page (it may still be a moment from being applied).
 */
export function tabRecord(extension: ExtensionHandle, url: string): Promise<{ url: string; flagged: boolean } | null> {
  return extension.evaluate(async (pageUrl: string) => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = scope.browser ?? scope.chrome;
    const [tab] = await api.tabs.query({ url: pageUrl });
    if (tab?.id === undefined) return null;
    return await api.runtime.sendMessage({ type: 'tab-status', tabId: tab.id }) as { url: string; flagged: boolean } | null;
  }, url);
}

/** A stored settings field (storage.local, where the settings store keeps all but small preferences). */
export function readSettings(extension: ExtensionHandle, field: string): Promise<unknown> {
  return extension.evaluate(async (key: string) => {
    const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    const api = scope.browser ?? scope.chrome;
    return (await api.storage.local.get(`settings.${key}`))[`settings.${key}`];
  }, field);
}

/** The id of the tab showing an address that matches `pattern`. */
export async function tabIdOf(extension: ExtensionHandle, pattern: string): Promise<number> {
  const ids = await extension.evaluate(async (urlPattern: string) => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = scope.browser ?? scope.chrome;
    return (await api.tabs.query({ url: urlPattern })).map((tab) => tab.id);
  }, pattern);
  const [id] = ids;
  if (typeof id !== 'number') throw new Error(`no tab for ${pattern}`);
  return id;
}

/** Clicks the button with exactly this text on an extension page (popup, options), once it is there. */
export async function clickButton(page: Page, label: string): Promise<void> {
  await page.waitForFunction(
    (text: string) => [...document.querySelectorAll('button')].some((button) => button.textContent === text),
    { timeout: 10_000 },
    label,
  );
  await page.evaluate((text: string) => {
    [...document.querySelectorAll('button')].find((button) => button.textContent === text)?.click();
  }, label);
}
