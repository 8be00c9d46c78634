#!/usr/bin/env node
// Builds the unpacked extension for Chrome and Firefox from the one manifest.json, and the
// store archives. Usage: node scripts/build.mjs [--watch] [--outdir DIR] [--no-zip]
import { build, context } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const watch = args.includes('--watch');
const outdirArg = args.indexOf('--outdir');
const outRoot = path.resolve(root, outdirArg >= 0 ? args[outdirArg + 1] : (process.env.RLW_DIST ?? 'dist'));
const makeZips = !args.includes('--no-zip') && !watch;

/** Script bundles: one IIFE each, so content scripts never need web_accessible_resources. */
export const entryPoints = {
  content: 'src/content/main.ts',
  'content-cover': 'src/content/cover-request.ts',
  'content-flagged': 'src/content/flagged.ts',
  background: 'src/background/main.ts',
  options: 'src/options/main.tsx',
  popup: 'src/popup/main.tsx',
  welcome: 'src/welcome/main.tsx',
  warning: 'src/warning/main.ts',
};
/** Pages and styles copied as they are. */
const staticFiles = ['src/options/options.html', 'src/popup/popup.html', 'src/ui/page.css', 'src/welcome/welcome.html', 'src/warning/warning.html', 'src/options/settings.css'];

export const targets = {
  chrome: ['chrome121'],
  firefox: ['firefox140'],
};

export function manifestFor(browser, source) {
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    manifest.background = { service_worker: source.background.service_worker };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: source.background.scripts };
    delete manifest.minimum_chrome_version;
  }
  return manifest;
}

async function writeStatic(browser, dir) {
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifestFor(browser, source), null, 2) + '\n');
  await cp(path.join(root, 'src/_locales'), path.join(dir, '_locales'), { recursive: true });
  await mkdir(path.join(dir, 'icons'), { recursive: true });
  for (const name of await readdir(path.join(root, 'icons'))) {
    if (name.endsWith('.png')) await cp(path.join(root, 'icons', name), path.join(dir, 'icons', name));
  }
  for (const file of staticFiles) {
    const from = path.join(root, file);
    if (existsSync(from)) await cp(from, path.join(dir, path.basename(file)));
  }
}

/**
 * Preact supports `dangerouslySetInnerHTML`, which this project never uses; its two innerHTML
 * writes are replaced so no HTML-parsing sink ships (and web-ext lint has nothing to flag).
 * The build fails if a Preact upgrade changes them, instead of silently shipping them.
 */
const noInnerHtmlInPreact = {
  name: 'no-inner-html-in-preact',
  setup(b) {
    b.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const sinks = [
        ['u.innerHTML=h.__html', 'u.textContent=h.__html'],
        ['u.innerHTML=""', 'u.textContent=""'],
      ];
      let contents = source;
      for (const [sink, replacement] of sinks) {
        if (!contents.includes(sink)) throw new Error(`preact changed: "${sink}" not found in ${args.path}`);
        contents = contents.replaceAll(sink, replacement);
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The content scripts' style sheets are CSS in template strings, which the minifier leaves as
 * written: their whitespace is collapsed here, so every page pays fewer bytes for them. Only
 * files named styles.ts with no interpolation, whose strings are all CSS.
 */
const compactStyleSheets = {
  name: 'compact-style-sheets',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]content[\\/].*[\\/]styles\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (source.includes('${')) throw new Error(`${args.path}: a style sheet with interpolation cannot be compacted`);
      const contents = source.replace(/`([^`]*)`/g, (_, css) =>
        `\`${css.replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim()}\``);
      return { contents, loader: 'ts' };
    });
  },
};

function esbuildOptions(browser, dir) {
  return {
    entryPoints: Object.fromEntries(
      Object.entries(entryPoints).filter(([, file]) => existsSync(path.join(root, file))),
    ),
    absWorkingDir: root,
    outdir: dir,
    bundle: true,
    format: 'iife',
    minify: process.env.RLW_NO_MINIFY !== "1",
    sourcemap: false,
    legalComments: 'none',
    target: targets[browser],
    charset: 'utf8',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"', __BROWSER__: JSON.stringify(browser) },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    plugins: [noInnerHtmlInPreact, compactStyleSheets],
  };
}

async function buildBrowser(browser) {
  const dir = path.join(outRoot, browser);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (watch) {
    const ctx = await context({
      ...esbuildOptions(browser, dir),
      plugins: [noInnerHtmlInPreact, compactStyleSheets, { name: 'static', setup: (b) => b.onEnd(() => writeStatic(browser, dir)) }],
    });
    await ctx.watch();
    return null;
  }
  const result = await build(esbuildOptions(browser, dir));
  await writeStatic(browser, dir);
  return result.metafile;
}

async function main() {
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  if (pkg.version !== manifest.version) {
    throw new Error(`package.json version ${pkg.version} differs from manifest.json version ${manifest.version}`);
  }
  for (const browser of Object.keys(targets)) {
    await buildBrowser(browser);
    if (makeZips) {
      const zip = path.join(outRoot, `regional-legal-warnings-${pkg.version}-${browser}.zip`);
      await zipDirectory(path.join(outRoot, browser), zip);
    }
  }
  if (watch) console.log(`watching src/ and writing ${path.relative(root, outRoot)}/chrome and /firefox`);
  else console.log(`built ${path.relative(root, outRoot) || '.'}/chrome and /firefox${makeZips ? ' and their archives' : ''}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
