#!/usr/bin/env node
// Renders icons/*.svg to the PNG sizes the manifest and toolbar use, with Debian's Chromium.
// The PNGs are committed, so a build needs no browser; run this after editing an SVG.
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';

const SIZES = [16, 32, 48, 96, 128];
const SOURCES = { icon: 'icons/icon.svg', 'icon-flagged': 'icons/icon-flagged.svg' };

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const [name, file] of Object.entries(SOURCES)) {
    const svg = await readFile(file, 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of SIZES) {
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      await page.setContent(
        `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
      );
      await page.waitForFunction(() => document.images[0]?.complete);
      await page.screenshot({ path: `icons/${name}-${size}.png`, omitBackground: true });
    }
  }
} finally {
  await browser.close();
}
console.log('icons rendered');
