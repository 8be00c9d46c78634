import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { entryPoints as buildEntryPoints } from '../../../scripts/build.mjs';

/** The build's entry table: the content bundles are 'content' (every page) and 'content-flagged'. */
const entryPoints = buildEntryPoints as Record<'content' | 'content-flagged', string>;

/** What the content script may import from this area: it runs on every page, so it stays small. */
const CONTENT_SIDE = ['src/core/signals/extract.ts', 'src/core/signals/types.ts', 'src/core/rules/hosts.ts'];

async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

/** Libraries no content bundle carries: schemas, UI, and the polyfill (the native runtime serves). */
const heavyLibrary = (input: string) => /node_modules\/(valibot|preact|webextension-polyfill)\//.test(input);

describe('the content-side rule modules', () => {
  it.each(CONTENT_SIDE)('%s bundles without valibot or the bundled lists', async (entry) => {
    const inputs = await bundleInputs(entry);
    expect(inputs.filter((input) => input.includes('valibot') || input.startsWith('src/rules/'))).toEqual([]);
  });
});

describe('the content bundles', () => {
  it.each([entryPoints.content, entryPoints['content-flagged']])('%s carries no valibot, preact, polyfill or bundled lists', async (entry) => {
    const inputs = await bundleInputs(entry);
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.filter((input) => heavyLibrary(input) || input.startsWith('src/rules/'))).toEqual([]);
  });

  it('leaves the notice and the act guards to the flagged-page bundle', async () => {
    const everyPage = await bundleInputs(entryPoints.content);
    const flaggedOnly = ['src/content/notice/', 'src/content/guards/index.ts', 'src/content/guards/start.ts', 'src/content/flagged.ts'];
    expect(everyPage.filter((input) => flaggedOnly.some((prefix) => input.startsWith(prefix)))).toEqual([]);
    const flagged = await bundleInputs(entryPoints['content-flagged']);
    expect(flagged).toEqual(expect.arrayContaining(['src/content/notice/render.ts', 'src/content/guards/index.ts']));
    // Link marking is content.js's; the one part both carry is the marker, so that a listed
    // account's post in a platform's feed (src/content/platforms/feed-guards.ts) looks like a flagged link.
    const shared = ['src/content/links/markers.ts'];
    expect(flagged.filter((input) => (input.startsWith('src/content/links/') && !shared.includes(input))
      || input === 'src/core/signals/extract.ts')).toEqual([]);
  });
});
