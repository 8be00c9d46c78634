// What the extension costs on a heavy page that is not flagged, in real Chromium: page load time
// and main-thread script time (CDP Performance.getMetrics), with the extension beside without it,
// alternating runs, medians; and the JS heap the content script adds (same page, after a GC).
import { createServer } from 'node:http';
import { figure, launchChromium, median, writeIdleExtension } from '../lib.mjs';

export const name = 'neutral page';

const HOST = 'heavy-neutral.example.com';
const ROUNDS = 25;
/** After the load event, time for the content script to finish whatever it does on the page. */
const SETTLE_MS = 700;

/** A long, link-heavy news page about nothing flagged: the shape of a real front page, no scripts. */
export function heavyPage() {
  const sections = [];
  for (let section = 0; section < 60; section++) {
    const items = [];
    for (let item = 0; item < 25; item++) {
      const n = section * 25 + item;
      items.push(
        `<article><h3><a href="https://news${n % 40}.example.org/story/${n}">Story ${n}: the city council meets again</a></h3>` +
          `<p>Residents discussed parking, parks and the new library hours at length. Item ${n} of the day's digest, ` +
          `with <a href="/topic/${n % 17}">more on this topic</a> and <a href="https://weather.example.net/${n}">the forecast</a>.</p></article>`,
      );
    }
    sections.push(`<section><h2>Section ${section}</h2>${items.join('')}</section>`);
  }
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Daily digest</title>' +
    '<meta property="og:site_name" content="Daily Digest"><link rel="canonical" href="http://' + HOST + '/">' +
    '<style>article{margin:1em 0}h3{font-size:1.1em}</style></head><body><h1>Daily digest</h1>' +
    sections.join('') +
    '<footer><p>Daily Digest, a neighbourhood paper.</p></footer></body></html>'
  );
}

async function startServer() {
  const body = heavyPage();
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port, bytes: Buffer.byteLength(body) };
}

/** One fresh tab, one load: load time, script time and heap once the page has settled. */
async function measureLoad(browser) {
  const page = await browser.newPage();
  try {
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const before = await session.send('Performance.getMetrics');
    await page.goto(`http://${HOST}/`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const after = await session.send('Performance.getMetrics');
    const metric = (result, key) => result.metrics.find((entry) => entry.name === key)?.value ?? 0;
    const loadMs = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      return navigation.loadEventEnd - navigation.startTime;
    });
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return {
      loadMs,
      scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
      heapBytes: usedSize,
    };
  } finally {
    await page.close();
  }
}

/** Successive loads in one tab, as a reader moving from page to page: load time of each. */
async function sameTabLoads(browser, count, offset) {
  const page = await browser.newPage();
  try {
    const loads = [];
    for (let i = 0; i < count; i++) {
      await page.goto(`http://${HOST}/?visit=${offset + i}`, { waitUntil: 'load' });
      loads.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    return loads;
  } finally {
    await page.close();
  }
}

export async function run() {
  const { server, port, bytes } = await startServer();
  const withExtension = await launchChromium({ withExtension: true, hostResolverPort: port });
  const without = await launchChromium({ withExtension: false, hostResolverPort: port });
  const withIdle = await launchChromium({ withExtension: false, hostResolverPort: port, extensionDir: writeIdleExtension() });
  try {
    // Warm the browsers (first paint, caches, the extension's first start) before measuring.
    await measureLoad(withExtension);
    await measureLoad(without);
    await measureLoad(withIdle);
    const ours = [];
    const baseline = [];
    const idle = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate which goes first, so drift on a shared machine hits all alike.
      const order = [
        async () => ours.push(await measureLoad(withExtension)),
        async () => baseline.push(await measureLoad(without)),
        async () => idle.push(await measureLoad(withIdle)),
      ];
      for (let i = 0; i < order.length; i++) await order[(round + i) % order.length]();
    }
    const med = (runs, key) => median(runs.map((entry) => entry[key]));
    const load = { subject: med(ours, 'loadMs'), baseline: med(baseline, 'loadMs'), idle: med(idle, 'loadMs') };
    const script = { subject: med(ours, 'scriptMs'), baseline: med(baseline, 'scriptMs') };
    const heapAddedMb = (med(ours, 'heapBytes') - med(baseline, 'heapBytes')) / (1024 * 1024);
    // The same page again and again in one tab each, alternating between the browsers.
    const sameTab = { subject: [], baseline: [] };
    for (let round = 0; round < 3; round++) {
      sameTab.subject.push(...(await sameTabLoads(withExtension, 4, round * 4)).slice(1));
      sameTab.baseline.push(...(await sameTabLoads(without, 4, round * 4)).slice(1));
    }
    const label = `no extension, ${Math.round(bytes / 1024)} KB page`;
    return [
      figure({
        name: 'load time of a heavy neutral page, a new tab each',
        value: load.subject,
        unit: 'ms',
        baseline: load.baseline,
        baselineLabel: label,
        target: '<= 1.02x without',
        met: load.subject <= load.baseline * 1.02,
      }),
      figure({
        name: 'same, beside an extension whose content script does nothing',
        value: load.subject,
        unit: 'ms',
        baseline: load.idle,
        baselineLabel: 'an idle content script on every page',
        target: '<= 1.02x of that',
        met: load.subject <= load.idle * 1.02,
      }),
      figure({
        name: 'load time, successive loads in one tab',
        value: median(sameTab.subject),
        unit: 'ms',
        baseline: median(sameTab.baseline),
        baselineLabel: 'no extension, same',
        target: '<= 1.02x without',
        met: median(sameTab.subject) <= median(sameTab.baseline) * 1.02,
      }),
      figure({
        name: 'main-thread script time, same page',
        value: script.subject,
        unit: 'ms',
        baseline: script.baseline,
        baselineLabel: label,
        target: '<= 1 ms added',
        met: script.subject - script.baseline <= 1,
      }),
      figure({
        name: 'JS heap the content script adds',
        value: heapAddedMb,
        unit: 'MB',
        target: '< 1 MB',
        met: heapAddedMb < 1,
      }),
    ];
  } finally {
    await withExtension.close();
    await without.close();
    await withIdle.close();
    server.close();
  }
}
