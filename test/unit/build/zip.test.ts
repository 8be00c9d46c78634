import { mkdtempSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { zipDirectory } from '../../../scripts/zip.mjs';

function tree(files: Record<string, string>, mtime: Date): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rlw-zip-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
    utimesSync(path.join(dir, name), mtime, mtime);
  }
  return dir;
}

describe('store archives', () => {
  it('are byte-identical for the same files whatever their timestamps and creation order', async () => {
    const a = tree({ 'b.js': 'b', 'a/x.json': '{}', 'manifest.json': '{"v":1}' }, new Date('2020-01-01'));
    const b = tree({ 'manifest.json': '{"v":1}', 'a/x.json': '{}', 'b.js': 'b' }, new Date('2024-06-30'));
    const out = mkdtempSync(path.join(tmpdir(), 'rlw-zip-out-'));
    await zipDirectory(a, path.join(out, 'a.zip'));
    await zipDirectory(b, path.join(out, 'b.zip'));
    const first = readFileSync(path.join(out, 'a.zip'));
    expect(first.equals(readFileSync(path.join(out, 'b.zip')))).toBe(true);
    expect(Object.keys(unzipSync(first))).toEqual(['a/x.json', 'b.js', 'manifest.json']);
  });
});
