import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatRuleList, parseRuleList, type RuleList } from '../../../src/core/rules/schema';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';

const FILES = ['ru-undesirable', 'by-extremist'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readList(name: string): { text: string; list: RuleList } {
  const text = readFileSync(fileURLToPath(new URL(`../../../src/rules/${name}.json`, import.meta.url)), 'utf8');
  const parsed = parseRuleList(JSON.parse(text));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.issues.join('\n')}`);
  return { text, list: parsed.value };
}

function isSorted(values: readonly string[]): boolean {
  return values.every((value, i) => i === 0 || (values[i - 1] as string) < value);
}

describe.each(FILES)('bundled list %s', (name) => {
  const { text, list } = readList(name);

  it('is in the canonical format: parsing and formatting gives the file back byte for byte', () => {
    expect(formatRuleList(list)).toBe(text);
  });

  it('is the list the extension bundles', () => {
    expect(BUNDLED_LISTS.find((bundled) => bundled.id === list.id)).toEqual(list);
  });

  it('has entries sorted by id, without duplicate ids', () => {
    expect(isSorted(list.entries.map((entry) => entry.id))).toBe(true);
  });

  it('gives every entry sources, a register date or decision date, and the law texts in all languages', () => {
    for (const entry of list.entries) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      const dates = [entry.register?.decisionDate, entry.register?.registerDate].filter(Boolean);
      // Entries whose dates no report attests to the day (only an announcement, or the
      // organization's own statement) carry none rather than a guessed one.
      const undated = ['committee-to-protect-journalists', 'deutsche-welle', 'eurasianet', 'riddle', 'stichting-justice-initiative', 'the-moscow-times'];
      if (!undated.includes(entry.id)) expect(dates.length, entry.id).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(ISO_DATE);
      for (const source of entry.sources) {
        if (source.date) expect(source.date).toMatch(ISO_DATE);
        expect(JSON.stringify(source)).not.toMatch(/registers\.md|reference/i);
      }
    }
    for (const text of [list.title, list.authority, list.lawSummary, ...list.legalBasis.flatMap((a) => [a.article, a.penalty])]) {
      expect(Object.keys(text).sort()).toEqual(['be', 'en', 'ru', 'uk']);
    }
  });

  it('has lowercase hostnames without scheme, sorted, and no domain or account twice in the list', () => {
    const seenDomains = new Set<string>();
    const seenAccounts = new Set<string>();
    for (const entry of list.entries) {
      const domains = entry.domains ?? [];
      expect(isSorted(domains), entry.id).toBe(true);
      for (const domain of domains) {
        expect(domain).toBe(domain.toLowerCase());
        expect(domain).not.toMatch(/^[a-z]+:|\/|^www\.|\.$/);
        expect(seenDomains.has(domain), `${entry.id}: ${domain}`).toBe(false);
        seenDomains.add(domain);
      }
      for (const account of entry.accounts ?? []) {
        const key = `${account.host}${account.path}`;
        expect(seenAccounts.has(key), key).toBe(false);
        seenAccounts.add(key);
      }
    }
  });

  it('has no domain that is a subdomain of another entry’s domain', () => {
    const all = list.entries.flatMap((entry) => (entry.domains ?? []).map((domain) => ({ domain, id: entry.id })));
    for (const { domain, id } of all) {
      for (const other of all) {
        if (other.id !== id) expect(domain.endsWith(`.${other.domain}`), `${domain} under ${other.domain}`).toBe(false);
      }
    }
  });

  it('cites URLs over https only', () => {
    const urls = [...list.sources, ...list.entries.flatMap((entry) => entry.sources)].flatMap((source) => source.url ?? []);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});

describe('ru-undesirable', () => {
  const { list } = readList('ru-undesirable');
  const byId = new Map(list.entries.map((entry) => [entry.id, entry]));

  it('lists every RFE/RL service domain under one entry', () => {
    const domains = byId.get('rferl')?.domains ?? [];
    for (const domain of ['rferl.org', 'svoboda.org', 'currenttime.tv', 'radiosvoboda.org', 'krymr.com', 'svaboda.org', 'radiofarda.com', 'azattyq.org', 'szabadeuropa.hu']) {
      expect(domains).toContain(domain);
    }
    expect(domains).toHaveLength(31);
  });

  it('lists SOTA by the outlet the register means, never the unrelated SOTAvision', () => {
    const domains = list.entries.flatMap((entry) => entry.domains ?? []);
    expect(domains).not.toContain('sota.vision');
    expect(byId.get('sota')?.domains).toEqual(['sotaproject.com']);
  });

  it('marks entries whose mapping rests on a third party as unverified', () => {
    expect(byId.get('proekt')?.verified).toBe(false);
    expect(byId.get('meduza')?.verified).toBe(true);
    expect(byId.get('meduza')?.accounts).toContainEqual(expect.objectContaining({ host: 't.me', path: '/meduzalive' }));
    for (const account of list.entries.flatMap((entry) => entry.accounts ?? [])) {
      expect(typeof account.verified, `${account.host}${account.path}`).toBe('boolean');
      expect(account.sources?.length, `${account.host}${account.path}`).toBeGreaterThan(0);
    }
  });

  it('is active for Russia or a Russian passport and not for Belarus alone', () => {
    expect(list.activeWhen).toEqual(['russia', 'russianPassport']);
  });
});

describe('parseRuleList', () => {
  it('refuses a list of another format and says why', () => {
    const result = parseRuleList({ format: 2, id: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatch(/format/);
  });

  it('names the field that is wrong', () => {
    const { list } = readList('by-extremist');
    const broken = structuredClone(list) as unknown as { entries: { domains: string[] }[] };
    (broken.entries[0] as { domains: string[] }).domains = ['https://Svaboda.org/'];
    const result = parseRuleList(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join('\n')).toMatch(/entries\.0\.domains\.0/);
  });

  it('refuses an entry without sources', () => {
    const { list } = readList('by-extremist');
    const broken = structuredClone(list);
    (broken.entries[0] as { sources: unknown[] }).sources = [];
    expect(parseRuleList(broken).ok).toBe(false);
  });
});
