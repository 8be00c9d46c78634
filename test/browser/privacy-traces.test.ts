import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser, type ExtensionHandle } from './harness';
import { click, clickButton, confirmation, pause } from './page-actions';

const ARTICLE = 'http://www.rferl.org/a/guards-article.html';

interface StorageApi {
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
}

/** Every storage area's whole content. */
function allStorage(extension: ExtensionHandle): Promise<Record<'local' | 'session' | 'sync', Record<string, unknown>>> {
  return extension.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    const api = scope.browser ?? scope.chrome;
    const [local, session, sync] = await Promise.all([api.storage.local.get(null), api.storage.session.get(null), api.storage.sync.get(null)]);
    return { local, session, sync };
  });
}

/** The per-site records of all areas: everything but the lists, their compiled index and the prepared notices of listed domains. */
function perSiteRecords(areas: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const records: Record<string, unknown> = {};
  for (const [area, items] of Object.entries(areas)) {
    for (const [key, value] of Object.entries(items)) {
      const perSite = ['settings.siteExceptions', 'settings.dismissedOrganizations', 'settings.dismissedAccounts', 'settings.pausedAccounts', 'settings.actExceptions'].includes(key)
        || key.startsWith('tab.') || (key.startsWith('notice.') && !key.startsWith('notice.prepared.'));
      const empty = Array.isArray(value) ? value.length === 0 : false;
      if (perSite && !empty) records[`${area}:${key}`] = value;
      // A prepared notice names the sites under its domain the reader made exceptions for.
      if (key.startsWith('notice.prepared.') && typeof value === 'object' && value !== null) {
        const except = (value as { exceptHosts?: unknown[] }).exceptHosts;
        if (Array.isArray(except) && except.length > 0) records[`${area}:${key}`] = except;
      }
    }
  }
  return records;
}

describe.each(BROWSERS)('"Remove all traces" in %s', (browserName) => {
  it('leaves no per-site record in any storage area', async () => {
    await withBrowser(browserName, async ({ page, extension }) => {
      await page.setViewport({ width: 1024, height: 800 });
      // A reader's day: a flagged article, "don't ask again" for sharing, its notice dismissed until the browser closes.
      await page.goto(ARTICLE);
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      await pause(500);
      await click(page, '#share-vk');
      await expect.poll(() => confirmation(page, extension), { timeout: 5_000 }).toContain('Share this material?');
      await extension.clickInShadow(page, 'dialog.confirm input[type="checkbox"]');
      await extension.clickInShadow(page, 'dialog.confirm button.continue');
      await page.goto(ARTICLE);
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Radio Free Europe');
      await extension.clickInShadow(page, '#notice-dismiss-toggle');
      await extension.clickInShadow(page, 'button[data-dismiss="session"]');
      await expect.poll(async () => Object.keys(perSiteRecords(await allStorage(extension))).sort(), { timeout: 10_000 })
        .toEqual(expect.arrayContaining(['local:settings.actExceptions', 'session:notice.sessionDismissedHosts']));

      const options = await extension.openPage('options.html', 'h1');
      await clickButton(options, 'Remove all traces');
      await clickButton(options, 'Remove');
      await expect.poll(() => options.evaluate(() => document.querySelector('.remove-traces [role="status"]')?.textContent ?? ''), { timeout: 10_000 })
        .toMatch(/^Removed\. Paused: 0; dismissed notices: 1; acts allowed without asking: 1\.$/);
      await expect.poll(async () => perSiteRecords(await allStorage(extension)), { timeout: 10_000 }).toEqual({});
    });
  });
});
