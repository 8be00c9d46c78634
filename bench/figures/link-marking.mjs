// What marking links costs on a page with 10,000 links (one in a hundred to a flagged site), in
// real Chromium, from a performance trace of the page's main thread after its load event (the page
// has no scripts of its own and is idle by then; the marking runs in idle time): total task time with link
// marking on beside the same extension with it off (the marking's own cost) and beside no
// extension (reported), and the longest task the marking runs in (its idle-time slices and its
// batched writes of marks). Links are read as they come near the view, so the figure is what a
// reader who has not scrolled yet pays; scrolling is checked in test/browser/guards-other-sites.
import { figure, launchChromium, median, servePage } from '../lib.mjs';

export const name = 'link marking';

const HOST = 'many-links.example.com';
const LINKS = 10_000;
const ROUNDS = 7;
/** After the load event: time enough for the marks to be in place on a slow machine. */
const SETTLE_MS = 2500;

function manyLinksPage() {
  const items = [];
  for (let i = 0; i < LINKS; i++) {
    const href = i % 100 === 0 ? `https://meduza.io/news/${i}` : `https://site${i % 250}.example.net/page/${i}`;
    items.push(`<li><a href="${href}">Story ${i} of the day</a></li>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Links</title></head><body><ul>${items.join('')}</ul></body></html>`;
}

function startServer() {
  return servePage(manyLinksPage(), (url) => url === '/');
}

/** Turns link marking (and the outbound guard, the other part that runs on such pages) on or off. */
async function setMarking(browser, on) {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker');
  const worker = await target.worker();
  // Runs in the extension's service worker, where `chrome` is the extension API.
  await worker.evaluate(
    (value) => globalThis.chrome.storage.sync.set({ 'settings.markLinks': value, 'settings.guardOutboundLinks': value }),
    on,
  );
}

/** The page's main-thread tasks that start after its load event, from a Chromium trace. */
function tasksAfterLoad(events) {
  const load = events.find((e) => e.name === 'MarkLoad');
  if (!load) throw new Error('no load event in the trace');
  const onMain = (e) => e.pid === load.pid && e.tid === load.tid;
  const tasks = events.filter((e) => e.name === 'RunTask' && onMain(e) && e.ts > load.ts);
  // Tasks that run idle callbacks or timers: the marking's slices and batched writes.
  const scheduled = events.filter((e) => onMain(e) && (e.name === 'FireIdleCallback' || e.name === 'TimerFire'));
  const marking = tasks.filter((task) => scheduled.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur));
  return {
    totalMs: tasks.reduce((sum, task) => sum + task.dur, 0) / 1000,
    longestMarkingMs: Math.max(0, ...marking.map((task) => task.dur)) / 1000,
  };
}

async function measure(browser, marking) {
  if (marking !== undefined) await setMarking(browser, marking);
  const page = await browser.newPage();
  try {
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`http://${HOST}/`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    // Marks carry per-page random names; a marked link is known by its wavy underline, as a reader
    // sees it. Links are marked as they come near the view (a screen above or below it): the
    // flagged links on the first two screens must all be marked, and nothing else.
    const marks = await page.evaluate(() => {
      const isMarked = (link) => getComputedStyle(link).textDecorationStyle === 'wavy';
      const flagged = (link) => link.hostname === 'meduza.io';
      const near = (link) => link.getBoundingClientRect().top < 2 * innerHeight;
      const links = [...document.links];
      return {
        nearFlagged: links.filter((link) => flagged(link) && near(link)).length,
        nearMarked: links.filter((link) => flagged(link) && near(link) && isMarked(link)).length,
        wronglyMarked: links.filter((link) => !flagged(link) && isMarked(link)).length,
      };
    });
    return { ...tasksAfterLoad(trace.traceEvents ?? trace), ...marks };
  } finally {
    await page.close();
  }
}

export async function run() {
  const { server, port } = await startServer();
  const withExtension = await launchChromium({ withExtension: true, hostResolverPort: port });
  const without = await launchChromium({ withExtension: false, hostResolverPort: port });
  try {
    await measure(withExtension, true);
    await measure(without);
    const on = [];
    const off = [];
    const none = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order, so drift on a shared machine hits all three alike.
      const runs = [
        async () => on.push(await measure(withExtension, true)),
        async () => off.push(await measure(withExtension, false)),
        async () => none.push(await measure(without)),
      ];
      for (let i = 0; i < runs.length; i++) await runs[(i + round) % runs.length]();
    }
    const total = (runs) => median(runs.map((r) => r.totalMs));
    const added = total(on) - total(off);
    const longest = Math.max(...on.map((r) => r.longestMarkingMs));
    return [
      figure({
        name: 'main-thread time of link marking, 10,000 links',
        value: added,
        unit: 'ms',
        baseline: total(off),
        baselineLabel: 'marking off, after load',
        target: '<= 50 ms',
        met: added <= 50,
      }),
      figure({
        name: 'main-thread time of the whole extension, same page',
        value: total(on) - total(none),
        unit: 'ms',
        baseline: total(none),
        baselineLabel: 'no extension, after load',
      }),
      figure({
        name: 'longest task link marking runs in',
        value: longest,
        unit: 'ms',
        target: '<= 50 ms',
        met: longest <= 50,
      }),
      figure({
        name: 'flagged links near the view marked after load',
        value: Math.min(...on.map((r) => r.nearMarked)),
        unit: '',
        baseline: on[0].nearFlagged,
        baselineLabel: 'flagged links near the view',
        target: 'all, and no other link, in every run',
        met: on.every((r) => r.nearMarked === r.nearFlagged && r.nearFlagged > 0 && r.wronglyMarked === 0),
      }),
    ];
  } finally {
    await withExtension.close();
    await without.close();
    server.close();
  }
}
