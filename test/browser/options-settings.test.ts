import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, withBrowser } from './harness';
import { chooseFile, fillField, openExtensionPages, readLocalStorage, settle, textOf } from './options-helpers';

const INVALID_EXPORT = readFileSync(path.resolve(import.meta.dirname, '../fixtures/settings/export-invalid.json'), 'utf8');
const ARTICLE = 'http://www.rferl.org/a/russia-article.html';
const HEADLINE = 'Careful: {organization} is outlawed here';

const settingsKeys = (stored: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(stored).filter(([key]) => key.startsWith('settings.')));

describe.each(BROWSERS)('the options page in %s', (browserName) => {
  it('rejects an invalid import unchanged, and its text edits and disabled organizations reach the notice', async () => {
    await withBrowser(browserName, async ({ page, extension }) => {
      const options = await extension.openOptions('#import-export input[type=file]');
      // The welcome tab opened on install stays in front otherwise, and a tab behind it can stall
      // on viewport changes and clicks in headless Chromium.
      await options.bringToFront();
      // Installing opened the welcome page (asked of the extension: Firefox's driver does not
      // report the address of extension tabs).
      await expect.poll(() => openExtensionPages(options), { timeout: 10_000 }).toContain('/welcome.html');

      // Usable on a 360 px screen: nothing wider than the viewport.
      await options.setViewport({ width: 360, height: 740 });
      expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await options.setViewport({ width: 1024, height: 740 });

      // An invalid file: every error with its line, and nothing stored changes.
      const before = settingsKeys(await readLocalStorage(options));
      await chooseFile(options, '#import-export input[type=file]', 'settings.json', INVALID_EXPORT);
      await expect.poll(() => textOf(options, '[data-import-errors]'), { timeout: 5000 }).toContain('line 7, $.settings.language');
      expect(await textOf(options, '[data-import-errors]')).toContain('line 29, $.settings.subscriptions[0].url');
      await settle();
      expect(settingsKeys(await readLocalStorage(options))).toEqual(before);

      // A notice text edited here is the text of the notice on a flagged page.
      await fillField(options, '#text-headline', HEADLINE);
      await expect
        .poll(async () => (await readLocalStorage(options))['settings.texts'], { timeout: 5000 })
        .toEqual({ headline: { en: HEADLINE } });
      await page.goto(ARTICLE);
      await expect
        .poll(() => extension.readShadowText(page), { timeout: 10_000 })
        .toContain('Careful: Radio Free Europe/Radio Liberty is outlawed here');

      // An organization disabled here gets no notice.
      await fillField(options, '#organizations input[type=search]', 'rferl.org');
      await expect.poll(() => options.$$eval('[data-entry]', (entries) => entries.length)).toBe(1);
      await options.bringToFront();
      await options.click('[data-entry="ru-undesirable/rferl"] input[type=checkbox]');
      await expect
        .poll(async () => (await readLocalStorage(options))['settings.userRules'], { timeout: 5000 })
        .toMatchObject({ disabledEntries: ['ru-undesirable/rferl'] });
      await page.goto(ARTICLE);
      // The content script answers within a few hundred ms; wait beyond that before reading.
      await settle(1500);
      expect(await extension.inClosedShadows(page, () => true)).toEqual([]);
    });
  });
});
