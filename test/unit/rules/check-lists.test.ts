import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { checkLists, readBundledLists } from '../../../scripts/check-lists.mjs';
import type { RuleEntry, RuleList } from '../../../src/core/rules/schema';
import { bundledList } from './helpers';

interface CheckResult {
  problems: string[];
  awaitingReport: string[];
  coverage: { list: string; organizations: number; accounts: number; domains: number }[];
}
const check = checkLists as (lists: unknown[], today?: string) => CheckResult;

const REPORT = { publisher: 'Meduza', date: '2024-01-02' };
const entry = (id: string, overrides: Partial<RuleEntry> = {}): RuleEntry => ({
  id,
  names: { en: id },
  register: { decisionDate: '2024-01-01', registerDate: '2024-01-02' },
  domains: [`${id}.org`],
  sources: [REPORT],
  verified: true,
  ...overrides,
});
const listOf = (id: string, entries: RuleEntry[]): RuleList => ({ ...bundledList('ru-undesirable'), id, entries });

/** The entries of the first version whose only source is the register page: no new one may join them. */
const CARRIED_OVER_WITHOUT_REPORT = [
  'committee-to-protect-journalists', 'conflict-intelligence-team', 'correctiv', 'dekoder', 'eurasianet', 'gijn',
  'occrp', 'reporters-without-borders', 'riddle', 'the-barents-observer', 'the-moscow-times',
].map((id) => `ru-undesirable/${id}`);

describe('lists:check', () => {
  it('finds no problem in the bundled lists and prints their coverage', () => {
    const result = check(readBundledLists(), '2026-12-02');
    expect(result.problems).toEqual([]);
    expect(CARRIED_OVER_WITHOUT_REPORT).toEqual(expect.arrayContaining(result.awaitingReport));
    const russian = result.coverage.find((figures) => figures.list === 'ru-undesirable')!;
    expect(russian.organizations).toBeGreaterThanOrEqual(90);
    expect(result.coverage.reduce((sum, figures) => sum + figures.accounts, 0)).toBeGreaterThanOrEqual(80);
  });

  it('names a domain or an account that two entries share', () => {
    const account = { host: 't.me', path: '/same', verified: true, sources: [REPORT] };
    const { problems } = check([listOf('a', [entry('one', { accounts: [account] }), entry('two', { domains: ['one.org'], accounts: [account] })])]);
    expect(problems).toEqual(['a/two: domain one.org is also in one', 'a/two: account t.me/same is also in one']);
  });

  it('wants every account to carry a dated source and its own verified flag', () => {
    const { problems } = check([listOf('a', [entry('one', { accounts: [{ host: 't.me', path: '/x', sources: [{ publisher: 'Someone' }] }] })])]);
    expect(problems).toEqual(['a/one: account t.me/x says neither verified nor not', 'a/one: account t.me/x has no dated source']);
  });

  it('keeps entries sorted, dates in order and none in the future', () => {
    const late = entry('b', { register: { decisionDate: '2024-03-01', registerDate: '2024-02-01' } });
    const future = entry('c', { sources: [{ publisher: 'TASS', date: '2030-01-01' }] });
    const { problems } = check([listOf('a', [late, entry('a'), future])], '2026-12-02');
    expect(problems).toEqual([
      'a: entries are not sorted by id',
      'a/b: decided on 2024-03-01, after its register date 2024-02-01',
      'a/c: date 2030-01-01 is in the future',
    ]);
  });

  it('refuses a name that another list gives to a different organization, not to the same one', () => {
    const russian = listOf('ru', [entry('radio', { names: { en: 'Radio Svoboda' }, domains: ['svoboda.org'] })]);
    const sameOrganization = listOf('by', [entry('svaboda', { names: { en: 'Radio Svoboda' }, domains: ['svoboda.org'] })]);
    const other = listOf('by', [entry('svaboda', { names: { en: 'Radio Svoboda' }, domains: ['svaboda.org'] })]);
    expect(check([russian, sameOrganization]).problems).toEqual([]);
    expect(check([russian, other]).problems).toEqual(['ru/radio: name “radio svoboda” is also by/svaboda, a different organization']);
  });

  it('counts an entry backed by the register page alone as awaiting a dated report', () => {
    const registerOnly = entry('one', { sources: [{ publisher: 'Ministry of Justice of the Russian Federation', title: 'Register' }] });
    expect(check([listOf('a', [registerOnly])]).awaitingReport).toEqual(['a/one']);
  });
});
