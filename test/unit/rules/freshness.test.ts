import { describe, expect, it } from 'vitest';
import { daysSinceVersion, isStaleBundledList, newestOfEachList } from '../../../src/core/rules/freshness';
import type { RuleList } from '../../../src/core/rules/schema';
import { bundledList } from './helpers';

const edition = (id: string, version: string): RuleList => ({ ...bundledList('ru-undesirable'), id, version });

describe('newestOfEachList', () => {
  it('uses a subscribed edition of a bundled list when it is newer, in the bundled list’s place', () => {
    const bundled = [edition('ru', '2026-01-01'), edition('by', '2026-01-01')];
    const chosen = newestOfEachList([...bundled, edition('ru', '2026-06-01'), edition('other', '2020-01-01')]);
    expect(chosen.map((list) => `${list.id}@${list.version}`)).toEqual(['ru@2026-06-01', 'by@2026-01-01', 'other@2020-01-01']);
  });

  it('keeps the bundled list when the subscribed copy is older or of the same date', () => {
    const bundled = edition('ru', '2026-06-01');
    expect(newestOfEachList([bundled, edition('ru', '2026-01-01')])).toEqual([bundled]);
    expect(newestOfEachList([bundled, edition('ru', '2026-06-01')])[0]).toBe(bundled);
  });
});

describe('isStaleBundledList', () => {
  const bundled = edition('ru', '2026-01-01');
  const at = (iso: string) => new Date(iso);

  it('is stale only after 90 whole days', () => {
    expect(daysSinceVersion(bundled, at('2026-04-01T23:59:00Z'))).toBe(90);
    expect(isStaleBundledList(bundled, [], at('2026-04-01T23:59:00Z'))).toBe(false);
    expect(isStaleBundledList(bundled, [], at('2026-04-02T00:00:00Z'))).toBe(true);
  });

  it('is not stale when a subscription brings a newer edition, even an old one', () => {
    const now = at('2026-12-01T00:00:00Z');
    expect(isStaleBundledList(bundled, [edition('ru', '2026-02-01')], now)).toBe(false);
    expect(isStaleBundledList(bundled, [edition('ru', '2026-01-01'), edition('by', '2026-11-30')], now)).toBe(true);
  });
});
