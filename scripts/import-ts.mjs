// Imports one of the project's TypeScript modules from a plain Node script: esbuild bundles it
// (packages stay external) to a temp file first.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function importTs(file) {
  const result = await build({
    entryPoints: [path.resolve(root, file)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    target: 'node20',
    logLevel: 'error',
    define: { 'import.meta.dirname': JSON.stringify(path.dirname(path.resolve(root, file))) },
  });
  // Inside node_modules so that the bundle's bare imports resolve to the project's packages.
  const cacheDir = path.join(root, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(path.join(cacheDir, 'rlw-ts-'));
  const out = path.join(dir, `${path.basename(file).replace(/\.tsx?$/, '')}.mjs`);
  writeFileSync(out, result.outputFiles[0].text);
  return import(pathToFileURL(out).href);
}
