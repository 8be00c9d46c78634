#!/usr/bin/env node
// npm start: builds, then opens Chromium (or Firefox with -- --firefox) with the extension on an
// offline demo article served locally as www.rferl.org. Without a display, use
// `npm start -- --screenshot DIR` to write PNGs of the demo page with the notice instead.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importTs, root } from './import-ts.mjs';

const args = process.argv.slice(2);
const browserName = args.includes('--firefox') ? 'firefox' : 'chromium';
const shotIndex = args.indexOf('--screenshot');
const screenshotDir = shotIndex >= 0 ? path.resolve(args[shotIndex + 1] ?? 'screenshots') : null;
const DEMO_URL = 'http://www.rferl.org/a/demo-article.html';

if (!screenshotDir && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display here: run "npm start -- --screenshot DIR" to write PNGs of the demo instead.');
  process.exit(1);
}

execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
const { startFixtureServer } = await importTs('test/browser/fixture-server.ts');
const { launchBrowser, missingBrowserMessage } = await importTs('test/browser/harness.ts');
const missing = missingBrowserMessage(browserName);
if (missing) {
  console.error(missing);
  process.exit(1);
}

const server = await startFixtureServer(path.join(root, 'demo'));
const open = (colorScheme) =>
  launchBrowser(browserName, server.port, mkdtempSync(path.join(tmpdir(), `rlw-demo-${browserName}-`)), {
    headless: Boolean(screenshotDir),
    colorScheme,
  });

if (screenshotDir) {
  mkdirSync(screenshotDir, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    // Chromium emulates the colour scheme per page; Firefox takes it as a launch pref.
    const browser = await open(scheme);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    if (browserName === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(DEMO_URL, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const file = path.join(screenshotDir, `demo-${browserName}-${scheme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await browser.close();
  }
  await server.close();
} else {
  const browser = await open();
  const page = await browser.newPage();
  await page.goto(DEMO_URL, { waitUntil: 'load' });
  console.log(`${browserName} is open on ${DEMO_URL}; close the browser to stop.`);
  browser.on('disconnected', () => server.close().then(() => process.exit(0)));
}
