import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/defaults';
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, exportSettings, importSettings } from '../../../src/core/settings/import-export';
import { validateSettings } from '../../../src/core/settings/schema';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/settings/${name}`, import.meta.url), 'utf8');

const customized: Settings = {
  ...structuredClone(DEFAULT_SETTINGS),
  language: 'be',
  jurisdictions: { russia: false, russianPassport: true, belarus: true, answered: true },
  texts: { 'notice.title': { ru: 'Внимание: {organization}', be: 'Увага: {organization}' } },
  userRules: {
    ...structuredClone(DEFAULT_SETTINGS.userRules),
    disabledEntries: ['ru-undesirable/meduza'],
    actPolicies: { 'ru-undesirable': { share: 'block', read: 'none' } },
    entries: [
      {
        id: 'my-org',
        names: { en: 'My organization' },
        domains: ['my-org.example'],
        sources: [{ publisher: 'Me' }],
        verified: false,
      },
    ],
  },
  siteExceptions: [{ host: 'example.org', kind: 'paused', addedAt: '2026-01-02T03:04:05.000Z' }],
  subscriptions: [{ url: 'https://lists.example.org/extra.json', sha256: 'a'.repeat(64), enabled: true, addedAt: '2026-01-02T03:04:05.000Z' }],
};

describe('export and import', () => {
  it('round-trips: an exported file imports back to the same settings', () => {
    for (const settings of [DEFAULT_SETTINGS, customized]) {
      const result = importSettings(exportSettings(settings));
      expect(result).toEqual({ ok: true, settings });
    }
  });

  it('reports every error with its JSON path and line, and gives no settings', () => {
    const result = importSettings(fixture('export-invalid.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(({ path, line }) => ({ path, line }))).toEqual([
      { path: '$.settings.language', line: 7 },
      { path: '$.settings.userRules.actPolicies["ru-undesirable"].share', line: 19 },
      { path: '$.settings.subscriptions[0].url', line: 29 },
    ]);
  });

  it('says where a syntax error is', () => {
    const result = importSettings('{\n  "format": "regional-legal-warnings/settings",\n  "schemaVersion": 1,,\n}');
    expect(result).toMatchObject({ ok: false, issues: [{ path: '$', line: 3 }] });
  });

  it('refuses files that are not this extension\'s settings or come from a newer version', () => {
    expect(importSettings('[]')).toMatchObject({ ok: false, issues: [{ path: '$' }] });
    expect(importSettings('{"format":"other"}')).toMatchObject({ ok: false, issues: [{ path: '$.format', line: 1 }] });
    expect(importSettings(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 99, settings: {} }))).toMatchObject({
      ok: false,
      issues: [{ path: '$.schemaVersion' }],
    });
  });

  it('refuses format 0, which no export has, since it would reset the settings to the defaults', () => {
    const result = importSettings(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 0, settings: {} }));
    expect(result).toMatchObject({ ok: false, issues: [{ path: '$.schemaVersion', message: expect.stringContaining('reset your settings to the defaults') }] });
  });

  it('refuses a file that would remove every organization of the reader\'s own, saying why', () => {
    const own = { ...structuredClone(DEFAULT_SETTINGS), userRules: { ...DEFAULT_SETTINGS.userRules, entries: customized.userRules.entries } };
    expect(own.userRules.entries.length).toBeGreaterThan(0);
    const wiping = exportSettings(DEFAULT_SETTINGS);
    expect(importSettings(wiping, own)).toMatchObject({
      ok: false,
      issues: [{ path: '$.settings.userRules.entries', message: expect.stringContaining('would remove them all') }],
    });
    // Without entries of the reader's own, or with the file keeping some, it imports.
    expect(importSettings(wiping, DEFAULT_SETTINGS)).toMatchObject({ ok: true });
    expect(importSettings(exportSettings(own), own)).toMatchObject({ ok: true });
  });

  it('never crashes on arbitrary input, and what it accepts is always valid settings', () => {
    const settingsLike = fc.record({
      format: fc.constantFrom(EXPORT_FORMAT, 'x'),
      schemaVersion: fc.constantFrom(0, 1, 2, -1, 1.5),
      settings: fc.oneof(fc.jsonValue(), fc.constant(DEFAULT_SETTINGS), fc.constant(customized)),
    });
    // Deep nesting, anywhere in the file: brackets alone, or a real export with a deep value inside.
    const deeplyNested = fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('[', '{"a":'), fc.boolean()).map(([depth, open, closed]) => {
      const close = open === '[' ? ']' : '}';
      return open.repeat(depth) + (closed ? '1' + close.repeat(depth) : '');
    });
    const deepInsideExport = fc.tuple(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS)), fc.integer({ min: 1, max: 5000 })).map(([field, depth]) =>
      exportSettings(customized).replace(`"${field}": `, `"${field}": ${'['.repeat(depth)}0${']'.repeat(depth)}, "x${field}": `),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          settingsLike.map((value) => JSON.stringify(value)),
          deeplyNested,
          deepInsideExport,
        ),
        (text) => {
          const result = importSettings(text);
          if (result.ok) expect(validateSettings(result.settings).ok).toBe(true);
          else {
            expect(result.issues.length).toBeGreaterThan(0);
            expect(result).not.toHaveProperty('settings');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a file nested too deeply, saying where, without running out of stack', () => {
    const brackets = Math.floor(MAX_IMPORT_BYTES / 5);
    const result = importSettings('['.repeat(brackets) + ']'.repeat(brackets));
    expect(result).toMatchObject({ ok: false, issues: [{ path: `$${'[0]'.repeat(MAX_IMPORT_DEPTH)}`, message: expect.stringMatching(/nested more than 32 levels/) }] });

    const deepTexts = JSON.stringify({
      format: EXPORT_FORMAT,
      schemaVersion: 1,
      settings: { ...customized, texts: { 'notice.title': JSON.parse('['.repeat(100) + ']'.repeat(100)) as unknown } },
    });
    expect(importSettings(deepTexts)).toMatchObject({ ok: false, issues: [{ path: expect.stringMatching(/^\$\.settings\.texts\["notice\.title"\]\[0\]/) }] });
  });

  it('never accepts a damaged export: one changed value anywhere gives an error or valid settings', () => {
    const exported = JSON.parse(exportSettings(customized)) as { settings: Record<string, unknown> };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS)), fc.jsonValue(), (field, value) => {
        const damaged = { ...exported, settings: { ...exported.settings, [field]: value } };
        const result = importSettings(JSON.stringify(damaged, null, 2));
        if (result.ok) expect(validateSettings(result.settings).ok).toBe(true);
        else expect(result.issues.every((issue) => issue.path.startsWith(`$.settings`) && issue.line !== undefined)).toBe(true);
      }),
    );
  });
});
