// What an in-app navigation on a platform costs the page's main thread, in real Chromium: a VK
// feed whose posts open over it by pushState (as VK does), 20 moves between neutral posts, with
// the extension beside without it. Main-thread script time from CDP Performance.getMetrics,
// which counts the content script's isolated world too.
import { figure, launchChromium, median, servePage } from '../lib.mjs';

export const name = 'platform';

const HOST = 'vk.com';
const MOVES = 20;
const ROUNDS = 5;
/** After the last move: the adapter's checks after a navigation end within about 3 s. */
const SETTLE_MS = 3500;

function feedPage() {
  const posts = [];
  for (let i = 0; i < 200; i++) {
    posts.push(`<div class="post" data-post-id="-555000_${i}"><div class="post_author"><a class="author" href="/rainbow_cakes">Rainbow cakes</a></div>`
      + `<div class="wall_post_text">Post ${i} of the day, with a <a href="https://site${i % 40}.example.net/${i}">link</a></div>`
      + `<div role="button" class="PostBottomAction PostBottomAction--like" aria-label="Нравится">♥</div></div>`);
  }
  const script = `
    window.openPost = (i) => {
      history.pushState({}, '', '/feed?w=wall-555000_' + i);
      document.getElementById('wl_post')?.remove();
      const layer = document.createElement('div');
      layer.id = 'wl_post';
      layer.innerHTML = '<div class="post_author"><a class="author" href="/rainbow_cakes">Rainbow cakes</a></div><div>Post ' + i + '</div>';
      document.body.append(layer);
    };`;
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Новости</title></head><body>${posts.join('')}<script>${script}</script></body></html>`;
}

function startServer() {
  return servePage(feedPage(), (url) => url.startsWith('/feed'));
}

/** Script time of MOVES in-app moves after the page has loaded and settled. */
async function measureMoves(browser) {
  const page = await browser.newPage();
  try {
    await page.goto(`http://${HOST}/feed`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const metric = (result) => result.metrics.find((entry) => entry.name === 'ScriptDuration')?.value ?? 0;
    const before = metric(await session.send('Performance.getMetrics'));
    for (let i = 0; i < MOVES; i++) {
      await page.evaluate((post) => window.openPost(post), i);
      // A reader spends longer on a post; the adapter's address check runs twice a second.
      await new Promise((resolve) => setTimeout(resolve, 600));
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const after = metric(await session.send('Performance.getMetrics'));
    return ((after - before) * 1000) / MOVES;
  } finally {
    await page.close();
  }
}

export async function run() {
  const { server, port } = await startServer();
  const withExtension = await launchChromium({ withExtension: true, hostResolverPort: port });
  const without = await launchChromium({ withExtension: false, hostResolverPort: port });
  try {
    await measureMoves(withExtension);
    const on = [];
    const off = [];
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        on.push(await measureMoves(withExtension));
        off.push(await measureMoves(without));
      } else {
        off.push(await measureMoves(without));
        on.push(await measureMoves(withExtension));
      }
    }
    const added = median(on) - median(off);
    return [
      figure({
        name: 'main-thread script per in-app navigation, VK feed',
        value: added,
        unit: 'ms',
        baseline: median(off),
        baselineLabel: 'no extension, same moves',
        target: '<= 1 ms added',
        met: added <= 1,
      }),
    ];
  } finally {
    await withExtension.close();
    await without.close();
    server.close();
  }
}
