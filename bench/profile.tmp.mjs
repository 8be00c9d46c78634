import { createServer } from 'node:http';
import { launchChromium } from './lib.mjs';
import { heavyPage } from './figures/neutral-page.mjs';
const body = heavyPage();
const server = createServer((q, r) => q.url.startsWith('/') ? r.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body) : r.end());
await new Promise((res) => server.listen(0, '127.0.0.1', res));
const browser = await launchChromium({ withExtension: true, hostResolverPort: server.address().port });
const agg = new Map(); const byUrl = new Map(); let total = 0; const runs = 8;
for (let i = 0; i < runs + 1; i++) {
  const page = await browser.newPage();
  const s = await page.createCDPSession();
  await s.send('Profiler.enable'); await s.send('Profiler.setSamplingInterval', { interval: 100 });
  await s.send('Profiler.start');
  await page.goto(`http://heavy-neutral.example.com/?${i}`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 900));
  const { profile } = await s.send('Profiler.stop');
  await page.close();
  if (i === 0) continue;
  const dt = new Map();
  for (let k = 0; k < profile.samples.length; k++) dt.set(profile.samples[k], (dt.get(profile.samples[k]) ?? 0) + profile.timeDeltas[k] / 1000);
  for (const n of profile.nodes) {
    const t = dt.get(n.id) ?? 0; if (!t) continue;
    const url = n.callFrame.url.replace(/^.*\//, '') || '(' + n.callFrame.functionName + ')';
    byUrl.set(url, (byUrl.get(url) ?? 0) + t);
    if (n.callFrame.url.includes('extension://')) { const key = `${url}:${n.callFrame.functionName}:${n.callFrame.lineNumber}`; agg.set(key, (agg.get(key) ?? 0) + t); total += t; }
  }
}
console.log('ext self ms per load', (total / runs).toFixed(2));
for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((v / runs).toFixed(2), k);
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / runs).toFixed(2), k);
await browser.close(); server.close();
