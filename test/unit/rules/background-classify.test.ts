import { describe, expect, it } from 'vitest';
import { createClassifier, MAX_LINKS_PER_REQUEST } from '../../../src/background/classify';
import { createIndexCache, INDEX_STORAGE_KEY, type IndexInputs } from '../../../src/background/rules-index';
import { compileIndex } from '../../../src/core/rules/compile';
import { createFakeStorage } from '../../../src/platform/fake-storage';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { settingsWith } from './helpers';

function countingInputs(inputs: () => IndexInputs) {
  const calls = { count: 0 };
  return { calls, load: async () => (calls.count++, inputs()) };
}

describe('the background index cache', () => {
  it('compiles once, stores the index, and reuses the stored copy after a restart', async () => {
    const storage = createFakeStorage();
    const inputs = countingInputs(() => ({ lists: BUNDLED_LISTS, settings: settingsWith() }));
    const first = createIndexCache(inputs.load, storage);
    const index = await first();
    expect(await first()).toBe(index);
    expect(inputs.calls.count).toBe(1);
    expect(storage.dump('local')[INDEX_STORAGE_KEY]).toEqual(index);

    // A new service worker: same inputs, so the stored index is used as it is, without writing.
    const writesBefore = storage.writes.local;
    const restarted = createIndexCache(inputs.load, storage);
    expect(await restarted()).toEqual(index);
    expect(storage.writes.local).toBe(writesBefore);
  });

  it('rebuilds when settings change', async () => {
    let settings = settingsWith();
    const storage = createFakeStorage();
    const cache = createIndexCache(async () => ({ lists: BUNDLED_LISTS, settings }), storage);
    const classifier = createClassifier(cache);
    expect((await classifier.classifyPage('https://meduza.io/')).flagged).toBe(true);
    settings = settingsWith({ userRules: { disabledEntries: ['ru-undesirable/meduza'] } });
    await storage.local.set({ 'settings.userRules': settings.userRules });
    await storage.settled();
    expect((await classifier.classifyPage('https://meduza.io/')).flagged).toBe(false);
  });

  it('ignores a stored index built from other inputs', async () => {
    const stale = compileIndex(BUNDLED_LISTS, settingsWith({ userRules: { disabledLists: ['ru-undesirable'] } }));
    const storage = createFakeStorage({ initial: { local: { [INDEX_STORAGE_KEY]: stale } } });
    const classifier = createClassifier(createIndexCache(async () => ({ lists: BUNDLED_LISTS, settings: settingsWith() }), storage));
    expect((await classifier.classifyPage('https://rferl.org/')).flagged).toBe(true);
  });

  it('still classifies when storage refuses to keep the index', async () => {
    const storage = createFakeStorage();
    const failing = { ...storage, local: { ...storage.local, set: () => Promise.reject(new Error('QUOTA_BYTES exceeded')) } };
    const classifier = createClassifier(createIndexCache(async () => ({ lists: BUNDLED_LISTS, settings: settingsWith() }), failing));
    expect((await classifier.classifyPage('https://rferl.org/')).flagged).toBe(true);
  });
});

describe('the background classifier', () => {
  const classifier = createClassifier(async () => compileIndex(BUNDLED_LISTS, settingsWith()));

  it('answers classify-signals with the page signals taken into account, whatever their shape', async () => {
    const verdict = await classifier.classifySignals('https://mirror.example/a', { canonicalHost: 'www.svoboda.org', siteNames: 'x' });
    expect(verdict.flagged).toBe(true);
    expect(verdict.evidence[0]).toMatchObject({ kind: 'canonical', entryId: 'rferl' });
    expect((await classifier.classifySignals('https://example.com/', 'garbage')).flagged).toBe(false);
  });

  it('answers classify-links per URL and caps the batch', async () => {
    const answers = await classifier.classifyLinks(['https://rferl.org/', 42, 'https://example.com/']);
    expect(answers.map((answer) => answer?.organizations[0]?.entryId ?? null)).toEqual(['rferl', null, null]);
    expect(await classifier.classifyLinks('https://rferl.org/')).toEqual([]);
    const many = await classifier.classifyLinks(Array.from({ length: MAX_LINKS_PER_REQUEST + 5 }, () => 'https://rferl.org/'));
    expect(many).toHaveLength(MAX_LINKS_PER_REQUEST);
  });
});
