import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** What the content script may import from this area: it runs on every page, so it stays small. */
const CONTENT_SIDE = ['src/core/signals/extract.ts', 'src/core/signals/types.ts', 'src/core/rules/hosts.ts'];

describe('the content-side rule modules', () => {
  it.each(CONTENT_SIDE)('%s bundles without valibot or the bundled lists', async (entry) => {
    const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('valibot') || input.startsWith('src/rules/'))).toEqual([]);
  });
});
