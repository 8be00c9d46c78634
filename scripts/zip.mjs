// Reproducible archives: entries sorted by path, one fixed timestamp, fixed compression level,
// so two builds of the same source give byte-identical files.
import { zipSync } from 'fflate';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

async function listFiles(dir, prefix = '') {
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), relative)));
    else files.push(relative);
  }
  return files;
}

export async function zipDirectory(dir, zipPath) {
  const files = (await listFiles(dir)).sort();
  const entries = {};
  for (const file of files) {
    entries[file] = [new Uint8Array(await readFile(path.join(dir, file))), { mtime: FIXED_TIME, level: 9 }];
  }
  await writeFile(zipPath, zipSync(entries, { mtime: FIXED_TIME }));
}
