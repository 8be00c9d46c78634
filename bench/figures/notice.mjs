// When the reader gets the notice on a flagged page, in real Chromium: the time from navigation
// start until the notice's host element is in the document, beside DOMContentLoaded of the same
// load (the baseline). The page records both itself: a MutationObserver installed before any
// page script sees the host arrive (it cannot see inside the closed shadow root, only the host).
import { createServer } from 'node:http';
import { figure, launchChromium, median } from '../lib.mjs';

export const name = 'notice';

const HOST = 'www.rferl.org';
const ROUNDS = 15;

/** A long flagged article, streamed in two parts so that parsing takes a while, as on a real site. */
export function articleParts() {
  const paragraphs = [];
  for (let i = 0; i < 400; i++) {
    paragraphs.push(`<p>Paragraph ${i}: the court heard the case of a reader fined for a repost, and the lawyer said the appeal would follow.</p>`);
  }
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>' +
    '<style>body{font:17px/1.6 Georgia,serif;max-width:40em;margin:auto}</style></head><body><article><h1>A long article</h1>';
  return [head + paragraphs.slice(0, 200).join(''), paragraphs.slice(200).join('') + '</article></body></html>'];
}

export async function startServer() {
  const [first, second] = articleParts();
  const server = createServer((request, response) => {
    if (request.url !== '/a/bench-article.html') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.write(first);
    // The rest of the page arrives a little later, as over a real network.
    setTimeout(() => response.end(second), 30);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port };
}

/** Runs before the page's own scripts: notes when DOMContentLoaded fires and when a host appears. */
export function recordTimes() {
  const times = { attached: null, domContentLoaded: null };
  Object.defineProperty(window, '__benchTimes', { value: times });
  const known = new Set(['HEAD', 'BODY']);
  const seen = () => {
    if (times.attached !== null) return;
    // The notice's host: a shadow host the page did not write (shadowRoot is null: it is closed).
    const candidates = [...document.documentElement.children].filter((child) => !known.has(child.tagName));
    if (document.body) candidates.push(...document.body.children);
    if (candidates.some((element) => element.tagName === 'DIV' && element.getAttribute('style')?.includes('2147483647'))) {
      times.attached = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    times.domContentLoaded = performance.now();
  }, { once: true });
}

async function measure(browser) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(recordTimes);
    await page.goto(`http://${HOST}/a/bench-article.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchTimes.attached !== null, { timeout: 5000, polling: 20 });
    return await page.evaluate(() => ({ ...window.__benchTimes }));
  } finally {
    await page.close();
  }
}

/** The median time the notice was attached, beside DOMContentLoaded of the same loads. */
export function noticeTimingFigure(runs, name) {
  const attached = median(runs.map((entry) => entry.attached));
  const domContentLoaded = median(runs.map((entry) => entry.domContentLoaded));
  return figure({
    name,
    value: attached,
    unit: 'ms',
    baseline: domContentLoaded,
    baselineLabel: 'DOMContentLoaded of the same load',
    target: 'before DOMContentLoaded',
    met: attached <= domContentLoaded,
  });
}

export async function run() {
  const { server, port } = await startServer();
  const browser = await launchChromium({ withExtension: true, hostResolverPort: port });
  try {
    await measure(browser); // the extension's first start and the compiled index
    const runs = [];
    for (let round = 0; round < ROUNDS; round++) runs.push(await measure(browser));
    const beforeReady = runs.filter((entry) => entry.attached <= entry.domContentLoaded).length;
    return [
      noticeTimingFigure(runs, 'notice attached, from navigation start'),
      figure({
        name: 'loads with the notice attached before DOMContentLoaded',
        value: (beforeReady / runs.length) * 100,
        unit: '%',
      }),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
