#!/usr/bin/env node
// `web-ext lint` on the Firefox build; any error, warning or notice fails, so nothing piles up.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const dist = path.resolve(process.env.RLW_DIST ?? 'dist', 'firefox');
execFileSync(process.execPath, ['scripts/build.mjs', '--no-zip'], { stdio: 'inherit' });
const output = execFileSync(
  process.execPath,
  ['node_modules/web-ext/bin/web-ext.js', 'lint', '--source-dir', dist, '--output', 'json', '--no-config-discovery'],
  { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
);
const report = JSON.parse(output.slice(output.indexOf('{')));
const problems = [...report.errors, ...report.warnings, ...report.notices];
for (const p of problems) console.error(`${p._type}: ${p.code} ${p.file ?? ''} ${p.message}\n  ${p.description ?? ''}`);
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
if (problems.length > 0) process.exit(1);
