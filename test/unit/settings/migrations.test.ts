import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION } from '../../../src/core/settings/defaults';
import { FORMAT_0_KEYS, MIGRATIONS, migrateDocument } from '../../../src/core/settings/migrations';
import { repairSettings, validateSettings } from '../../../src/core/settings/schema';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/settings/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const NOW = new Date('2026-01-02T03:04:05.000Z');

describe('migrations', () => {
  it('form one ordered chain ending at the current schema version', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.from).toBe(index === 0 ? 0 : MIGRATIONS[index - 1]!.to));
    expect(MIGRATIONS.at(-1)!.to).toBe(SETTINGS_SCHEMA_VERSION);
  });

  it('turn the pre-release flat format into valid settings', () => {
    const { document, obsoleteKeys } = migrateDocument(fixture('v0-full.json'), 0, NOW);
    const validation = validateSettings(document);
    expect(validation.ok).toBe(true);
    expect(document).toMatchObject({
      language: 'ru',
      jurisdictions: { russia: true, russianPassport: true, belarus: true, answered: true },
      noticeMode: 'interstitial',
      markLinks: false,
      siteExceptions: [
        { host: 'example.org', kind: 'paused', addedAt: '2026-01-02T00:00:00.000Z' },
        { host: 'news.example.com', kind: 'paused', addedAt: '2026-01-02T00:00:00.000Z' },
      ],
      userRules: { disabledEntries: ['ru-undesirable/meduza'] },
      subscriptions: [{ url: 'https://lists.example.org/extra.json', enabled: true, addedAt: '2026-01-02T00:00:00.000Z' }],
      texts: { 'notice.title': { ru: 'Осторожно: {organization}' } },
    });
    expect(obsoleteKeys.sort()).toEqual(
      [...FORMAT_0_KEYS, 'customText_notice.title_ru', 'customText_notice.title_xx'].sort(),
    );
    expect(obsoleteKeys).not.toContain('unrelatedKey');
  });

  it('keep defaults for what a minimal pre-release store did not say', () => {
    const { document } = migrateDocument(fixture('v0-minimal.json'), 0, NOW);
    expect(document).toEqual({
      ...DEFAULT_SETTINGS,
      jurisdictions: { russia: false, russianPassport: false, belarus: false, answered: true },
    });
  });

  it('drop only the items the old format allowed and the new one does not, and say which', () => {
    const { document, issues } = migrateDocument(fixture('v0-one-bad-item.json'), 0, NOW);
    expect(validateSettings(document).ok).toBe(true);
    expect(document.siteExceptions).toEqual(
      ['news.example.org', 'blog.example.net'].map((host) => ({ host, kind: 'paused', addedAt: '2026-01-02T00:00:00.000Z' })),
    );
    expect(document.texts).toEqual({ 'notice.body': { uk: 'Обережно: {organization}' } });
    expect(issues.map((issue) => issue.path)).toEqual([
      '$.siteExceptions[1].host',
      '$.siteExceptions[2].host',
      '$.texts["notice.title"].en',
    ]);
  });

  it('repair a stored list or record item by item, keeping the good items', () => {
    const good = { host: 'example.org', kind: 'paused', addedAt: '2026-01-02T00:00:00.000Z' };
    const { settings, issues } = repairSettings({
      siteExceptions: [good, { ...good, host: 'bad..example.org' }, { ...good, host: 'example.net' }],
      texts: { headline: { ru: 'Внимание' }, body: { ru: 'x'.repeat(5000) } },
    });
    expect(settings.siteExceptions).toEqual([good, { ...good, host: 'example.net' }]);
    expect(settings.texts).toEqual({ headline: { ru: 'Внимание' } });
    expect(issues.map((issue) => issue.path).sort()).toEqual(['$.siteExceptions[1].host', '$.texts.body.ru']);
  });

  it('refuse a format newer than this version understands', () => {
    expect(() => migrateDocument({}, SETTINGS_SCHEMA_VERSION + 1)).toThrow(/newer/);
  });

  it('never crash on arbitrary format-0 input, and always give valid settings after repair', () => {
    const format0Value = fc.oneof(fc.string(), fc.array(fc.string()), fc.boolean(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...FORMAT_0_KEYS, 'customText_a_ru', 'customText_b_en', 'other'), format0Value),
        (stored) => {
          const { document } = migrateDocument(stored, 0, NOW);
          expect(validateSettings(repairSettings(document).settings).ok).toBe(true);
        },
      ),
    );
  });
});
