// The figures Firefox ESR exposes over WebDriver BiDi: page timings from the page's own
// performance entries (no CDP metrics, traces or heap there). The same heavy neutral page and
// flagged article as the Chromium figures, with the extension beside without it.
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { figure, importTs, median } from '../lib.mjs';
import { heavyPage } from './neutral-page.mjs';
import { noticeTimingFigure, recordTimes, startServer as startArticleServer } from './notice.mjs';

export const name = 'firefox';
const ROUNDS = 9;
const SETTLE_MS = 700;

async function startNeutralServer() {
  const body = heavyPage();
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port };
}

async function loadTime(browser) {
  const page = await browser.newPage();
  try {
    await page.goto('http://heavy-neutral.example.com/', { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      return navigation.loadEventEnd - navigation.startTime;
    });
  } finally {
    await page.close();
  }
}

async function noticeTimes(browser) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(recordTimes);
    await page.goto('http://www.rferl.org/a/bench-article.html', { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchTimes.attached !== null, { timeout: 5000, polling: 20 });
    return await page.evaluate(() => ({ ...window.__benchTimes }));
  } finally {
    await page.close();
  }
}

export async function run() {
  const { launchBrowser, missingBrowserMessage } = await importTs('test/browser/harness.ts');
  if (missingBrowserMessage('firefox')) throw new Error(missingBrowserMessage('firefox'));
  const profile = () => mkdtempSync(path.join(tmpdir(), 'rlw-bench-firefox-'));
  const rows = [];

  const neutral = await startNeutralServer();
  const withExtension = await launchBrowser('firefox', neutral.port, profile());
  const without = await launchBrowser('firefox', neutral.port, profile(), { withExtension: false });
  try {
    await loadTime(withExtension);
    await loadTime(without);
    const ours = [];
    const baseline = [];
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [withExtension, without] : [without, withExtension];
      for (const browser of order) (browser === withExtension ? ours : baseline).push(await loadTime(browser));
    }
    const subject = median(ours);
    const base = median(baseline);
    rows.push(figure({
      name: 'Firefox: load time of the heavy neutral page',
      value: subject,
      unit: 'ms',
      baseline: base,
      baselineLabel: 'no extension',
      target: '<= 1.02x without',
      met: subject <= base * 1.02,
    }));
  } finally {
    await withExtension.close();
    await without.close();
    neutral.server.close();
  }

  const article = await startArticleServer();
  const browser = await launchBrowser('firefox', article.port, profile());
  try {
    await noticeTimes(browser);
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) runs.push(await noticeTimes(browser));
    rows.push(noticeTimingFigure(runs, 'Firefox: notice attached, from navigation start'));
  } finally {
    await browser.close();
    article.server.close();
  }
  return rows;
}
