import type { Verdict } from '../verdict';
import { buildVerdict } from '../rules/build-verdict';
import type { CompiledIndex } from '../rules/compile';
import { mapsOf } from '../rules/index-maps';
import { normalizeHostname } from '../rules/hosts';
import { matchAccountOnPage, matchLocation, matchUrl, type IndexedEvidence } from '../rules/match';
import { nameWords, normalizeName } from '../rules/names';
import { containsDisclaimerPhrase } from './phrases';
import type { DisclaimerRegion, PageSignals } from './types';

/** Chrome regions where a site speaks of itself; the end of the body is weaker (see below). */
const CHROME_REGIONS: ReadonlySet<DisclaimerRegion> = new Set(['footer', 'header', 'contentinfo', 'banner']);

function hostEvidence(index: CompiledIndex, host: string | null, label: string): IndexedEvidence[] {
  const normalized = host === null ? null : normalizeHostname(host.toLowerCase());
  if (normalized === null) return [];
  return matchLocation(index, { host: normalized, path: '/' })
    .filter((evidence) => evidence.kind === 'domain')
    .map(({ entry, detail }) => ({ kind: 'canonical', detail: `${label} ${detail}`, entry }));
}

/** Entries whose name or alias equals the whole value, after normalization. */
function entriesNamed(index: CompiledIndex, value: string): number[] {
  return mapsOf(index).siteNames.get(normalizeName(value)) ?? [];
}

/** Entries named anywhere in a text as a whole sequence of words ("The Insider", not "Insiders"). */
function entriesMentioned(index: CompiledIndex, text: string): Set<number> {
  const words = nameWords(normalizeName(text));
  const { names } = mapsOf(index);
  const found = new Set<number>();
  for (let start = 0; start < words.length; start++) {
    let key = '';
    for (let length = 1; length <= index.longestNameWords && start + length <= words.length; length++) {
      key = length === 1 ? (words[start] as string) : `${key} ${words[start + length - 1] as string}`;
      for (const entry of names.get(key) ?? []) found.add(entry);
    }
  }
  return found;
}

/** True when a text names more than one entry of the same list: a list of others, not a self-description. */
function namesSeveralOfOneList(index: CompiledIndex, entries: ReadonlySet<number>): boolean {
  const lists = new Set<string>();
  for (const entry of entries) {
    const listId = index.entries[entry]?.listId ?? '';
    if (lists.has(listId)) return true;
    lists.add(listId);
  }
  return false;
}

/**
 * Turns page signals into flagging evidence. The rule, designed so that a neutral page that
 * quotes the law or names an organization is never flagged:
 * 1. A canonical or og:url host on a list flags (the page says it is a copy of a listed site).
 * 2. og:site_name or a JSON-LD publisher equal to an entry's name ("identity") never flags alone.
 * 3. A disclaimer phrase flags the entry it names when it is in the page chrome (header,
 *    footer, banner, contentinfo), names one entry per list only, and the page claims no
 *    identity at all (a page that names itself as someone else is quoting, not disclaiming).
 * 4. A disclaimer phrase anywhere it is read (chrome or the end of the body outside articles)
 *    flags the identity's entries, unless it names only other entries.
 * Article and main content are never read, so a quote in an article's text counts for nothing.
 */
export function evaluateSignals(signals: PageSignals, index: CompiledIndex): IndexedEvidence[] {
  const flagged: IndexedEvidence[] = [
    ...hostEvidence(index, signals.canonicalHost, 'canonical'),
    ...hostEvidence(index, signals.ogUrlHost, 'og:url'),
  ];
  const identity: IndexedEvidence[] = [];
  const claimed = [
    ...signals.siteNames.map((name) => ({ name, label: 'og:site_name' })),
    ...signals.publishers.map((name) => ({ name, label: 'publisher' })),
  ];
  for (const { name, label } of claimed) {
    for (const entry of entriesNamed(index, name)) identity.push({ kind: 'publisher', detail: `${label} “${name}”`, entry });
  }
  const identityEntries = new Set(identity.map(({ entry }) => entry));

  const confirmed = new Set<number>();
  for (const { region, text } of signals.disclaimers) {
    if (!containsDisclaimerPhrase(text)) continue;
    const named = entriesMentioned(index, text);
    const detail = `${region}: “${text.length > 160 ? `${text.slice(0, 157)}…` : text}”`;
    const namesIdentity = [...named].some((entry) => identityEntries.has(entry));
    if (identityEntries.size > 0 && (named.size === 0 || namesIdentity)) {
      for (const entry of identityEntries) {
        confirmed.add(entry);
        flagged.push({ kind: 'disclaimer', detail, entry });
      }
    } else if (CHROME_REGIONS.has(region) && named.size > 0 && claimed.length === 0 && !namesSeveralOfOneList(index, named)) {
      for (const entry of named) flagged.push({ kind: 'disclaimer', detail, entry });
    }
  }
  const flaggedEntries = new Set(flagged.map(({ entry }) => entry));
  // Identity is shown as supporting evidence for what flagged on other grounds.
  return [...flagged, ...identity.filter(({ entry }) => confirmed.has(entry) || flaggedEntries.has(entry))];
}

/** The verdict on a page from its address and what it says about itself. Never throws. */
export function classifyPageSignals(index: CompiledIndex, url: string, signals: PageSignals, accounts?: readonly string[]): Verdict {
  const byAddress = [...matchUrl(index, url), ...(accounts === undefined ? [] : matchAccountOnPage(index, url, accounts))];
  let evidence: IndexedEvidence[];
  try {
    evidence = [...byAddress, ...evaluateSignals(signals, index)];
  } catch {
    evidence = byAddress;
  }
  return buildVerdict(index, evidence);
}
