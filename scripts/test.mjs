#!/usr/bin/env node
// npm test: type checking, lint (code and the Firefox build), the build, then unit, DOM and
// real-browser tests in Chromium and Firefox ESR. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const node = process.execPath;
const bin = (name) => path.join('node_modules', '.bin', name);

for (const [name, file] of [['Chromium', '/usr/bin/chromium'], ['Firefox ESR', '/usr/bin/firefox-esr']]) {
  if (!existsSync(file)) {
    console.error(`${name} is missing (${file}): run "bash scripts/setup-browsers.sh" to install it.`);
    process.exit(1);
  }
}

// Every step runs even when an earlier one failed, so one run shows every problem.
const failedSteps = [];
function step(title, command, args) {
  console.log(`\n== ${title}`);
  const run = spawnSync(command, args, { stdio: 'inherit' });
  if (run.status !== 0) failedSteps.push(title);
}

step('type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('lint', bin('eslint'), ['.']);
step('rule lists', node, ['scripts/check-lists.mjs']);
step('build', node, ['scripts/build.mjs']);
step('web-ext lint', node, ['scripts/lint-extension.mjs']);

const reports = mkdtempSync(path.join(tmpdir(), 'rlw-test-'));
let passed = 0;
let failed = 0;
for (const projects of [['unit', 'dom'], ['browser']]) {
  const outputFile = path.join(reports, `${projects.join('-')}.json`);
  console.log(`\n== tests: ${projects.join(', ')}`);
  const run = spawnSync(
    bin('vitest'),
    ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) failedSteps.push(`tests: ${projects.join(', ')}`);
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) failedSteps.push(`tests: ${projects.join(', ')} ran no test`);
  }
}
if (failedSteps.length > 0) console.log(`\nfailed: ${failedSteps.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length === 0 && failed === 0 ? 0 : 1);
