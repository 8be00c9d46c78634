// Bundle sizes per entry point, minified and gzipped, beside webextension-polyfill alone (what the
// extension pages and the background carry; the content bundles go without it). content.js is
// what every web page pays, hence the target; content-flagged.js loads on flagged pages only.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { figure, root } from '../lib.mjs';

export const name = 'bundle sizes';
const CONTENT_LIMIT = 30 * 1024;

export async function run() {
  const polyfill = await build({
    stdin: { contents: "import b from 'webextension-polyfill'; globalThis.b = b;", resolveDir: root },
    bundle: true, minify: true, write: false, format: 'iife', logLevel: 'error',
  });
  const baseline = polyfill.outputFiles[0].contents.length;
  const rows = [];
  for (const entry of ['content', 'content-flagged', 'content-cover', 'background', 'options', 'popup', 'welcome']) {
    const file = path.join(root, process.env.RLW_DIST ?? 'dist', 'chrome', `${entry}.js`);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const paidByEveryPage = entry === 'content';
    rows.push(figure({
      name: `${entry}.js minified`,
      value: bytes.length / 1024,
      unit: 'KB',
      baseline: baseline / 1024,
      baselineLabel: 'polyfill alone',
      target: paidByEveryPage ? '<= 30 KB' : null,
      met: bytes.length <= CONTENT_LIMIT,
    }));
    rows.push(figure({
      name: `${entry}.js gzipped`,
      value: gzipSync(bytes, { level: 9 }).length / 1024,
      unit: 'KB',
      baseline: gzipSync(polyfill.outputFiles[0].contents, { level: 9 }).length / 1024,
      baselineLabel: 'polyfill alone, gzipped',
      target: null,
    }));
  }
  return rows;
}
