#!/usr/bin/env node
// npm run lists:check: the data rules every bundled list keeps (beyond its schema), and its coverage.
// The unit test test/unit/rules/check-lists.test.ts runs the same checks, so npm test fails on them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

/** The matcher's own name comparison, so the check sees the clashes the matcher would. */
const { normalizeName } = await importTs('src/core/rules/names.ts');

export const LIST_FILES = ['ru-undesirable.json', 'by-extremist.json'];
const RULES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'rules');
/** Publishers whose word alone is no dated report of a listing: the live register page changes. */
const REGISTER_PUBLISHERS = /^ministry of justice of the russian federation$/i;

export function readBundledLists() {
  return LIST_FILES.map((file) => JSON.parse(readFileSync(path.join(RULES_DIR, file), 'utf8')));
}

const isDated = (source) => Boolean(source.date || source.id);
const isSorted = (values) => values.every((value, i) => i === 0 || values[i - 1] < value);
const accountKey = (account) => `${account.host}${account.path}`;
function namesOf(entry) {
  return [...Object.values(entry.names), ...(entry.aliases ?? [])].map(normalizeName).filter(Boolean);
}

/** Problems ("list/entry: what") and coverage figures of the given lists. */
export function checkLists(lists, today = new Date().toISOString().slice(0, 10)) {
  const problems = [];
  /** Entries whose only source is the live register page: they still need a dated report. */
  const awaitingReport = [];
  for (const list of lists) {
    const where = (entry) => `${list.id}/${entry.id}`;
    const domainOwner = new Map();
    const accountOwner = new Map();
    if (!isSorted(list.entries.map((entry) => entry.id))) problems.push(`${list.id}: entries are not sorted by id`);
    for (const entry of list.entries) {
      if (!entry.sources.some((source) => isDated(source) && !REGISTER_PUBLISHERS.test(source.publisher))) {
        awaitingReport.push(where(entry));
      }
      const { decisionDate, registerDate } = entry.register ?? {};
      if (decisionDate && registerDate && decisionDate > registerDate) {
        problems.push(`${where(entry)}: decided on ${decisionDate}, after its register date ${registerDate}`);
      }
      for (const date of [decisionDate, registerDate, ...entry.sources.map((source) => source.date)]) {
        if (date && date > today) problems.push(`${where(entry)}: date ${date} is in the future`);
      }
      const domains = entry.domains ?? [];
      const accounts = entry.accounts ?? [];
      if (domains.length + accounts.length === 0) problems.push(`${where(entry)}: neither a domain nor an account`);
      if (!isSorted(domains)) problems.push(`${where(entry)}: domains are not sorted`);
      if (!isSorted(accounts.map(accountKey))) problems.push(`${where(entry)}: accounts are not sorted`);
      for (const domain of domains) {
        if (domainOwner.has(domain)) problems.push(`${where(entry)}: domain ${domain} is also in ${domainOwner.get(domain)}`);
        domainOwner.set(domain, entry.id);
      }
      for (const account of accounts) {
        const key = accountKey(account);
        if (accountOwner.has(key)) problems.push(`${where(entry)}: account ${key} is also in ${accountOwner.get(key)}`);
        accountOwner.set(key, entry.id);
        if (typeof account.verified !== 'boolean') problems.push(`${where(entry)}: account ${key} says neither verified nor not`);
        if (!(account.sources ?? []).some(isDated)) problems.push(`${where(entry)}: account ${key} has no dated source`);
      }
    }
  }
  // A name that two lists give to different organizations would make a disclaimer or a publisher
  // name flag the wrong one. The same organization on two lists shares a domain.
  for (const [i, list] of lists.entries()) {
    for (const other of lists.slice(i + 1)) {
      for (const entry of list.entries) {
        const names = new Set(namesOf(entry));
        for (const otherEntry of other.entries) {
          const sameOrganization = (entry.domains ?? []).some((domain) => (otherEntry.domains ?? []).includes(domain));
          if (sameOrganization) continue;
          const shared = namesOf(otherEntry).find((name) => names.has(name));
          if (shared) problems.push(`${list.id}/${entry.id}: name “${shared}” is also ${other.id}/${otherEntry.id}, a different organization`);
        }
      }
    }
  }
  return { problems, awaitingReport, coverage: lists.map(coverageOf) };
}

function coverageOf(list) {
  const accounts = list.entries.flatMap((entry) => entry.accounts ?? []);
  const byPlatform = {};
  for (const account of accounts) byPlatform[account.host] = (byPlatform[account.host] ?? 0) + 1;
  const sourceDates = list.entries.flatMap((entry) => entry.sources.map((source) => source.date)).filter(Boolean).sort();
  return {
    list: list.id,
    checkedOn: list.version,
    organizations: list.entries.length,
    organizationsVerified: list.entries.filter((entry) => entry.verified).length,
    domains: list.entries.reduce((sum, entry) => sum + (entry.domains ?? []).length, 0),
    accounts: accounts.length,
    accountsVerified: accounts.filter((account) => account.verified).length,
    byPlatform,
    oldestSource: sourceDates[0] ?? null,
  };
}

const percent = (part, whole) => (whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, awaitingReport, coverage } = checkLists(readBundledLists());
  for (const figures of coverage) {
    console.log(`${figures.list} (checked on ${figures.checkedOn}): ${figures.organizations} organizations `
      + `(${percent(figures.organizationsVerified, figures.organizations)} verified), ${figures.domains} domains, `
      + `${figures.accounts} accounts (${percent(figures.accountsVerified, figures.accounts)} verified: `
      + `${Object.entries(figures.byPlatform).map(([host, count]) => `${host} ${count}`).join(', ')}), `
      + `oldest dated source ${figures.oldestSource}`);
  }
  if (awaitingReport.length > 0) {
    console.log(`awaiting a dated report of their listing (${awaitingReport.length}): ${awaitingReport.join(', ')}`);
  }
  for (const problem of problems) console.error(`problem: ${problem}`);
  console.log(problems.length === 0 ? 'lists: no problems' : `lists: ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}
