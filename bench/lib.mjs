// Shared tools for bench figures: loading the TypeScript core, alternating timed runs,
// and launching Debian's Chromium with or without the built extension.
import { mkdtempSync } from 'node:fs';
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

/** Launches Chromium, with the built extension from dist/chrome when `withExtension`. */
export async function launchChromium({ withExtension, hostResolverPort, extraArgs = [] }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'rlw-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: withExtension,
    userDataDir,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(hostResolverPort ? [`--host-resolver-rules=MAP * 127.0.0.1:${hostResolverPort}, EXCLUDE localhost`] : []),
      ...extraArgs,
    ],
  });
  if (withExtension) await browser.installExtension(path.join(root, process.env.RLW_DIST ?? 'dist', 'chrome'));
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
