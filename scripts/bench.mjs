#!/usr/bin/env node
// npm run bench: builds, runs every bench/figures/*.mjs (or those named on the command line),
// prints one table, writes bench/results/latest.json, and ends with "bench: N/M targets met".
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../bench/lib.mjs';

const only = process.argv.slice(2);
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--no-zip'], { stdio: 'inherit' });

const dir = path.join(root, 'bench/figures');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
for (const file of files) {
  const module = await import(pathToFileURL(path.join(dir, file)).href);
  process.stderr.write(`measuring ${module.name ?? file}...\n`);
  try {
    for (const row of await module.run()) rows.push({ group: module.name ?? file, ...row });
  } catch (error) {
    rows.push({ group: module.name ?? file, name: 'failed to measure', value: NaN, unit: '', target: String(error?.message ?? error), met: false });
  }
}

const fmt = (n) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toPrecision(3)) : '-');
const lines = rows.map((r) => [
  r.group,
  r.name,
  `${fmt(r.value)} ${r.unit}`,
  r.baseline === undefined || r.baseline === null ? '-' : `${fmt(r.baseline)} ${r.unit} (${r.baselineLabel})`,
  r.ratio === undefined || r.ratio === null ? '-' : `${fmt(r.ratio)}x`,
  r.target ?? '(reported)',
  r.met === null ? '' : r.met ? 'met' : 'NOT MET',
]);
const header = ['group', 'figure', 'value', 'baseline', 'ratio', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
const printRow = (cells) => console.log(cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd());
printRow(header);
printRow(widths.map((w) => '-'.repeat(w)));
lines.forEach(printRow);

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench/results/latest.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, rows }, null, 2) + '\n',
);
const targeted = rows.filter((r) => r.met !== null);
console.log(`bench: ${targeted.filter((r) => r.met).length}/${targeted.length} targets met`);
