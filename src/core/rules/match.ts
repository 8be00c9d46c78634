import type { LocalizedText } from '../i18n';
import type { EvidenceKind, Verdict } from '../verdict';
import { buildVerdict } from './build-verdict';
import { lookup, type CompiledIndex } from './compile';
import { webLocationOf, type WebLocation } from './hosts';

/** Evidence before it is explained: `entry` is an index into CompiledIndex.entries. */
export interface IndexedEvidence {
  kind: EvidenceKind;
  detail: string;
  entry: number;
}

/** Platform paths that show the same account under a prefix: t.me/s/name is t.me/name. */
const ACCOUNT_VIEW_PREFIXES: Record<string, string> = { 't.me': '/s/', 'telegram.me': '/s/' };
/** Accounts are at most this many path segments deep (e.g. /c/name on YouTube). */
const MAX_ACCOUNT_SEGMENTS = 3;

function matchDomain(index: CompiledIndex, host: string, found: IndexedEvidence[]): void {
  let rest = host;
  for (;;) {
    const entries = lookup(index.domains, rest);
    if (entries !== undefined) for (const entry of entries) found.push({ kind: 'domain', detail: rest, entry });
    const dot = rest.indexOf('.');
    if (dot < 0) return;
    rest = rest.slice(dot + 1);
  }
}

function matchAccountPath(
  paths: Record<string, number[]>,
  platform: string,
  rawPath: string,
  found: IndexedEvidence[],
): void {
  const view = lookup(ACCOUNT_VIEW_PREFIXES, platform);
  const path = view !== undefined && rawPath.startsWith(view) ? rawPath.slice(view.length - 1) : rawPath;
  let end = 0;
  for (let segment = 0; segment < MAX_ACCOUNT_SEGMENTS; segment++) {
    const next = path.indexOf('/', end + 1);
    end = next < 0 ? path.length : next;
    if (end <= 1) return;
    const prefix = path.slice(0, end);
    const entries = lookup(paths, prefix);
    if (entries !== undefined) {
      for (const entry of entries) found.push({ kind: 'account', detail: platform + prefix, entry });
    }
    if (next < 0) return;
  }
}

function matchAccount(index: CompiledIndex, location: WebLocation, found: IndexedEvidence[]): void {
  let rest = location.host;
  for (;;) {
    const paths = lookup(index.accounts, rest);
    if (paths !== undefined) matchAccountPath(paths, rest, location.path, found);
    const dot = rest.indexOf('.');
    if (dot < 0) return;
    rest = rest.slice(dot + 1);
  }
}

/**
 * What the index says about one location: a walk over the host's labels in two hash maps, so
 * the cost depends on the number of labels and path segments, not on the size of the lists.
 */
export function matchLocation(index: CompiledIndex, location: WebLocation): IndexedEvidence[] {
  const found: IndexedEvidence[] = [];
  matchDomain(index, location.host, found);
  matchAccount(index, location, found);
  return found;
}

export function matchUrl(index: CompiledIndex, url: string): IndexedEvidence[] {
  const location = webLocationOf(url);
  return location === null ? [] : matchLocation(index, location);
}

/** The verdict on a page from its address alone. Never throws. */
export function classifyUrl(index: CompiledIndex, url: string): Verdict {
  return buildVerdict(index, matchUrl(index, url));
}

/** What a marked link needs: which organizations, and whether by domain or by account. */
export interface LinkMatch {
  kind: 'domain' | 'account';
  organizations: { listId: string; entryId: string; name: LocalizedText }[];
}

function linkMatchOf(index: CompiledIndex, found: readonly IndexedEvidence[]): LinkMatch | null {
  const first = found[0];
  if (first === undefined) return null;
  const seen = new Set<number>();
  const organizations: LinkMatch['organizations'] = [];
  for (const { entry } of found) {
    const compiled = index.entries[entry];
    if (compiled === undefined || seen.has(entry)) continue;
    seen.add(entry);
    organizations.push({ listId: compiled.listId, entryId: compiled.entryId, name: compiled.names });
  }
  return { kind: first.kind === 'account' ? 'account' : 'domain', organizations };
}

/**
 * Classifies many links at once (marking links on other sites): one answer per URL, in order.
 * Hosts are looked up once; only hosts of platforms with listed accounts look at the path.
 */
export function classifyUrls(index: CompiledIndex, urls: readonly string[]): (LinkMatch | null)[] {
  const byHost = new Map<string, LinkMatch | null>();
  return urls.map((url) => {
    const location = webLocationOf(url);
    if (location === null) return null;
    const cached = byHost.get(location.host);
    if (cached !== undefined) return cached;
    const found = matchLocation(index, location);
    const result = linkMatchOf(index, found);
    if (!found.some((evidence) => evidence.kind === 'account') && !hasAccounts(index, location.host)) {
      byHost.set(location.host, result);
    }
    return result;
  });
}

function hasAccounts(index: CompiledIndex, host: string): boolean {
  let rest = host;
  for (;;) {
    if (lookup(index.accounts, rest) !== undefined) return true;
    const dot = rest.indexOf('.');
    if (dot < 0) return false;
    rest = rest.slice(dot + 1);
  }
}
