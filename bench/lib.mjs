// Shared tools for bench figures: loading the TypeScript core, alternating timed runs,
// and launching Debian's Chromium with or without the built extension.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTs, root } from '../scripts/import-ts.mjs';

export { importTs, root };

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `subject` and `baseline` alternately `rounds` times (so drift on a noisy machine hits
 * both alike) and returns the median of each. Each function returns one measurement.
 */
export async function alternate(subject, baseline, rounds = 7) {
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      a.push(await subject());
      b.push(await baseline());
    } else {
      b.push(await baseline());
      a.push(await subject());
    }
  }
  return { subject: median(a), baseline: median(b) };
}

/** Nanoseconds per call of `fn(i)` over `count` calls. */
export function nsPerCall(fn, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) fn(i);
  return Number(process.hrtime.bigint() - start) / count;
}

/**
 * An extension that does nothing but have a content script on every page at document_start: what
 * any such extension costs a page in the browser itself, whatever its script does.
 */
export function writeIdleExtension() {
  const dir = mkdtempSync(path.join(tmpdir(), 'rlw-bench-idle-extension-'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'idle',
    version: '1.0',
    background: { service_worker: 'background.js' },
    host_permissions: ['http://*/*', 'https://*/*'],
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_start' }],
  }));
  writeFileSync(path.join(dir, 'content.js'), 'void 0;\n');
  writeFileSync(path.join(dir, 'background.js'), 'void 0;\n');
  return dir;
}

/**
 * Launches Chromium, with the built extension from dist/chrome when `withExtension`, or with the
 * unpacked extension at `extensionDir`.
 */
export async function launchChromium({ withExtension, hostResolverPort, extraArgs = [], extensionDir }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'rlw-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: withExtension || extensionDir !== undefined,
    userDataDir,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(hostResolverPort ? [`--host-resolver-rules=MAP * 127.0.0.1:${hostResolverPort}, EXCLUDE localhost`] : []),
      ...extraArgs,
    ],
  });
  if (withExtension) await browser.installExtension(path.join(root, process.env.RLW_DIST ?? 'dist', 'chrome'));
  if (extensionDir) await browser.installExtension(extensionDir);
  return browser;
}

/** One row of the table: a figure beside its baseline, and whether it meets its target. */
export function figure({ name, value, unit, baseline, baselineLabel, target, met }) {
  return {
    name,
    value,
    unit,
    baseline,
    baselineLabel,
    ratio: baseline ? value / baseline : null,
    target: target ?? null,
    // A figure without a target is reported only and does not count towards "targets met".
    met: target ? Boolean(met) : null,
  };
}

/**
 * Serves one HTML page, uncached, for every request `isPage` accepts (404 otherwise), on a free
 * local port that the browsers reach under any hostname (host-resolver rules).
 */
export async function servePage(body, isPage) {
  const server = createServer((request, response) => {
    if (isPage(request.url ?? '')) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port };
}
