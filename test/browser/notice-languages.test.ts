import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import byList from '../../src/rules/by-extremist.json';
import ruList from '../../src/rules/ru-undesirable.json';
import { BROWSERS, withBrowser } from './harness';
import { bringTestTabToFront, probeNotices, saveScreenshot } from './notice-probe';
import { settle } from './options-helpers';

const LANGUAGES = ['en', 'ru', 'uk', 'be'] as const;
type Language = (typeof LANGUAGES)[number];

/** A page on the Russian list only, one on the Belarusian list only, and one on both. */
const PAGES = [
  { what: 'russian-list', url: 'http://www.rferl.org/a/russia-article.html', lists: [ruList] },
  { what: 'belarusian-list', url: 'http://nashaniva.com/belarus-article.html', lists: [byList] },
  { what: 'two-lists', url: 'http://www.svaboda.org/a/two-lists-article.html', lists: [ruList, byList] },
] as const;

/** The first words of a list's law summary, which the notice gives in the reader's language. */
const summaryStart = (list: typeof ruList | typeof byList, language: Language) => list.lawSummary[language].slice(0, 40);
/** What a list's headline says of its organization: "is an “extremist formation” in Belarus". */
const headlineTail = (list: typeof ruList | typeof byList, language: Language) => list.texts.headline[language].replace('{organization}', '');
const articles = (list: typeof ruList | typeof byList, language: Language) => list.legalBasis.map((basis) => basis.article[language]);

async function chooseInOptions(options: Page, language: Language): Promise<void> {
  await options.evaluate((value) => {
    const select = [...document.querySelectorAll('select')].find((candidate) => candidate.querySelector('option[value="auto"]'));
    if (!select) throw new Error('no language choice');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, language);
  await settle();
}

describe.each(BROWSERS)('the notice in four languages in %s', (browserName) => {
  it('gives each list its own law, in the reader\'s language, on Russian, Belarusian and two-list pages', async () => {
    await withBrowser(browserName, async ({ browser, page, extension }) => {
      await bringTestTabToFront(browser, page);
      await page.setViewport({ width: 1024, height: 700 });
      const options = await extension.openOptions('main select');
      // Belarus applies too: the reader says so in the settings.
      await options.evaluate(() => {
        const belarus = document.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')[2];
        if (!belarus || belarus.checked) throw new Error('no unchecked Belarus choice');
        belarus.click();
      });
      await settle();
      for (const language of LANGUAGES) {
        await chooseInOptions(options, language);
        for (const { what, url, lists } of PAGES) {
          const label = `${language} ${what}`;
          await page.bringToFront();
          await page.goto(url);
          await expect.poll(async () => (await probeNotices(page, extension))[0]?.text ?? '', { timeout: 10_000, message: label })
            .toContain(summaryStart(lists[0], language));
          const [notice] = await probeNotices(page, extension);
          for (const list of [ruList, byList]) {
            const shown = (lists as readonly unknown[]).includes(list);
            expect(notice?.text.includes(summaryStart(list, language)), `${label}: ${list.id}`).toBe(shown);
            expect(notice?.text.includes(headlineTail(list, language)), `${label}: ${list.id} headline`).toBe(shown);
            for (const article of articles(list, language)) expect(notice?.text.includes(article), `${label}: ${article}`).toBe(shown);
          }
          await saveScreenshot(page, `${browserName}-lang-${language}-${what}`);
        }
      }
    });
  });
});
