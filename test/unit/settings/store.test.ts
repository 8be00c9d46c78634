import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings } from '../../../src/core/settings/defaults';
import { SYNC_QUOTA_BYTES, createFakeStorage } from '../../../src/platform/fake-storage';
import { validateSettings } from '../../../src/core/settings/schema';
import {
  PREFERENCES_AREA_KEY,
  REVISION_KEY,
  SettingsValidationError,
  createSettingsStore,
} from '../../../src/platform/settings-store';

const format0 = JSON.parse(
  readFileSync(new URL('../../fixtures/settings/v0-full.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('settings store', () => {
  it('gives the defaults on a fresh install', async () => {
    const store = createSettingsStore(createFakeStorage());
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps small preferences in sync storage and the rest in local storage', async () => {
    const storage = createFakeStorage();
    const store = createSettingsStore(storage);
    await store.updateSettings((settings) => {
      settings.language = 'uk';
      settings.userRules.disabledEntries.push('ru-undesirable/meduza');
    });
    expect(storage.dump('sync')['settings.language']).toBe('uk');
    expect(storage.dump('local')['settings.language']).toBeUndefined();
    expect(storage.dump('local')['settings.userRules']).toMatchObject({ disabledEntries: ['ru-undesirable/meduza'] });
    expect(storage.dump('local')['settings.schemaVersion']).toBe(SETTINGS_SCHEMA_VERSION);
    expect(await createSettingsStore(storage).loadSettings()).toMatchObject({ language: 'uk' });
  });

  it('falls back to local storage when sync refuses the write, and reads the preferences back', async () => {
    const storage = createFakeStorage({ syncFails: true });
    const store = createSettingsStore(storage);
    await store.updateSettings((settings) => {
      settings.noticeMode = 'banner';
    });
    expect(storage.dump('local')[PREFERENCES_AREA_KEY]).toBe('local');
    expect(storage.dump('local')['settings.noticeMode']).toBe('banner');
    expect(await createSettingsStore(storage).loadSettings()).toMatchObject({ noticeMode: 'banner' });
  });

  it('falls back to local storage when sync is full', async () => {
    // Another part of the browser profile filled the sync quota.
    const storage = createFakeStorage({ initial: { sync: { filler: 'x'.repeat(SYNC_QUOTA_BYTES - 100) } } });
    const store = createSettingsStore(storage);
    await store.updateSettings((settings) => {
      settings.jurisdictions = { russia: false, russianPassport: true, belarus: true, answered: true };
    });
    expect(storage.dump('local')[PREFERENCES_AREA_KEY]).toBe('local');
    expect((await createSettingsStore(storage).loadSettings()).jurisdictions.belarus).toBe(true);
  });

  it('never writes anything when a change makes the settings invalid', async () => {
    const fields = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), fc.jsonValue(), async (field, value) => {
        const storage = createFakeStorage();
        const store = createSettingsStore(storage);
        const outcome = await store
          .updateSettings((settings) => {
            (settings as unknown as Record<string, unknown>)[field] = value;
          })
          .then(() => 'saved', (error: unknown) => error);
        if (outcome === 'saved') expect(validateSettings(await store.loadSettings()).ok).toBe(true);
        else {
          expect(outcome).toBeInstanceOf(SettingsValidationError);
          expect(storage.writes).toEqual({ local: 0, sync: 0 });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('works without sync storage at all', async () => {
    const storage = createFakeStorage({ syncAvailable: false });
    const store = createSettingsStore(storage);
    await store.updateSettings((settings) => {
      settings.lowVisibility = true;
    });
    expect(await store.loadSettings()).toMatchObject({ lowVisibility: true });
  });

  it('writes only the fields a change touched', async () => {
    const storage = createFakeStorage();
    const store = createSettingsStore(storage);
    await store.migrateStoredSettings();
    const before = storage.writes.sync;
    await store.updateSettings((settings) => {
      settings.userRules.enabledLists.push('by-extremist');
    });
    expect(storage.writes.sync).toBe(before);
  });

  it('rejects invalid settings and writes nothing', async () => {
    const storage = createFakeStorage();
    const store = createSettingsStore(storage);
    const error = await store
      .updateSettings((settings) => {
        settings.siteExceptions.push({ host: 'Not A Host', kind: 'paused', addedAt: 'yesterday' });
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect((error as SettingsValidationError).issues.map((issue) => issue.path)).toEqual([
      '$.siteExceptions[0].host',
      '$.siteExceptions[0].addedAt',
    ]);
    expect(storage.writes).toEqual({ local: 0, sync: 0 });
  });

  it('lets two open pages change different things without losing either change', async () => {
    const storage = createFakeStorage();
    const first = createSettingsStore(storage);
    const second = createSettingsStore(storage);
    await Promise.all([
      first.updateSettings((settings) => {
        settings.userRules.disabledEntries.push('ru-undesirable/meduza');
      }),
      second.updateSettings((settings) => {
        settings.userRules.disabledLists.push('by-extremist');
      }),
      first.updateSettings((settings) => {
        settings.markLinks = false;
      }),
    ]);
    expect(await first.loadSettings()).toMatchObject({
      markLinks: false,
      userRules: { disabledEntries: ['ru-undesirable/meduza'], disabledLists: ['by-extremist'] },
    });
    expect(storage.dump('local')[REVISION_KEY]).toBe(3);
  });

  it('tells other pages about a change without a reload', async () => {
    const storage = createFakeStorage();
    const writer = createSettingsStore(storage);
    const reader = createSettingsStore(storage);
    const seen: Settings[] = [];
    const stop = reader.onSettingsChanged((settings) => seen.push(settings));
    await writer.updateSettings((settings) => {
      settings.language = 'be';
    });
    await storage.settled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen.at(-1)).toMatchObject({ language: 'be' });
  });

  it('migrates the pre-release format on install/update and removes its keys', async () => {
    const storage = createFakeStorage({ initial: { local: format0 } });
    const store = createSettingsStore(storage);
    const migrated = await store.migrateStoredSettings();
    expect(migrated).toMatchObject({ language: 'ru', noticeMode: 'interstitial' });
    const local = storage.dump('local');
    expect(local.lang).toBeUndefined();
    expect(local['customText_notice.title_ru']).toBeUndefined();
    expect(local.unrelatedKey).toBe('kept as it is');
    expect(await createSettingsStore(storage).loadSettings()).toEqual(migrated);
  });

  it('replaces damaged stored fields with their defaults and reports them', async () => {
    const storage = createFakeStorage({
      initial: {
        local: { 'settings.schemaVersion': SETTINGS_SCHEMA_VERSION, 'settings.siteExceptions': 'garbage' },
        sync: { 'settings.language': 'ru' },
      },
    });
    const store = createSettingsStore(storage);
    const settings = await store.loadSettings();
    expect(settings.siteExceptions).toEqual([]);
    expect(settings.language).toBe('ru');
    expect(store.lastIssues().map((issue) => issue.path)).toEqual(['$.siteExceptions']);
  });

  it('never crashes on arbitrary stored values and always reads valid settings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS).map((key) => `settings.${key}`)), fc.jsonValue()),
        async (local) => {
          const store = createSettingsStore(createFakeStorage({ initial: { local } }));
          const settings = await store.loadSettings();
          expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
        },
      ),
      { numRuns: 200 },
    );
  });
});
