import type { LocalizedText } from '../i18n';
import type { EvidenceKind, Verdict } from '../verdict';
import { buildVerdict } from './build-verdict';
import { accountAddressOfWidget, isWidgetPath } from './widget-addresses';
import { lookup, type CompiledIndex } from './compile';
import { mapsOf } from './index-maps';
import { normalizeHostname, parseWebUrl, webLocationOf, type WebLocation } from './hosts';

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

function matchAccountPath(
  paths: Map<string, number[]>,
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
    const entries = paths.get(prefix);
    if (entries !== undefined) {
      for (const entry of entries) found.push({ kind: 'account', detail: platform + prefix, entry });
    }
    if (next < 0) return;
  }
}

/**
 * What the index says about a host and path: one walk over the host's labels, looking each
 * suffix up in two hash maps, so the cost depends on the number of labels and path segments,
 * not on the size of the lists. The path is read (and lowercased) only on a platform host.
 */
function matchHost(index: CompiledIndex, host: string, path: () => string, found: IndexedEvidence[]): void {
  const { domains, accounts } = mapsOf(index);
  let rest = host;
  for (;;) {
    const entries = domains.get(rest);
    if (entries !== undefined) for (const entry of entries) found.push({ kind: 'domain', detail: rest, entry });
    const paths = accounts.get(rest);
    if (paths !== undefined) matchAccountPath(paths, rest, path(), found);
    const dot = rest.indexOf('.');
    if (dot < 0) return;
    rest = rest.slice(dot + 1);
  }
}

export function matchLocation(index: CompiledIndex, location: WebLocation): IndexedEvidence[] {
  const found: IndexedEvidence[] = [];
  matchHost(index, location.host, () => location.path, found);
  return found;
}

export function matchUrl(index: CompiledIndex, url: string): IndexedEvidence[] {
  const parsed = parseWebUrl(url);
  const host = parsed === null ? null : normalizeHostname(parsed.hostname);
  if (parsed === null || host === null) return [];
  const found: IndexedEvidence[] = [];
  matchHost(index, host, () => parsed.pathname.toLowerCase(), found);
  return found;
}

/** Longest account path a platform page may name; anything longer is no account. */
const MAX_ACCOUNT_PATH = 200;
/** Most accounts one page may name (the forms of one account: VK's /club123 and /public123). */
export const MAX_PAGE_ACCOUNTS = 4;
const ACCOUNT_PATH = /^\/[^\s?#]+$/;

/**
 * The evidence for the account whose content a platform page shows (its adapter reads it off the
 * page, e.g. the channel of the video playing), as paths on the page's own host: only account
 * rules of that host count, so a page can never claim a listed domain or another platform's account.
 */
export function matchAccountOnPage(index: CompiledIndex, pageUrl: string, accounts: unknown): IndexedEvidence[] {
  if (!Array.isArray(accounts)) return [];
  const parsed = parseWebUrl(pageUrl);
  const host = parsed === null ? null : normalizeHostname(parsed.hostname);
  if (host === null) return [];
  const found: IndexedEvidence[] = [];
  for (const account of accounts.slice(0, MAX_PAGE_ACCOUNTS)) {
    if (typeof account !== 'string' || account.length > MAX_ACCOUNT_PATH || !ACCOUNT_PATH.test(account)) continue;
    const forAccount: IndexedEvidence[] = [];
    matchHost(index, host, () => account.toLowerCase(), forAccount);
    found.push(...forAccount.filter((evidence) => evidence.kind === 'account'));
  }
  return found;
}

/**
 * The verdict on a page from its address alone, or with the account whose content it shows (a
 * platform's video, post or chat, in each form it has; see matchAccountOnPage). Never throws.
 */
export function classifyUrl(index: CompiledIndex, url: string, accounts?: readonly string[]): Verdict {
  const found = matchUrl(index, url);
  if (accounts !== undefined) found.push(...matchAccountOnPage(index, url, accounts));
  return buildVerdict(index, found);
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
    const address = webLocationOf(url);
    // An embedded widget stands for the account it shows (VK's post widget names its owner).
    const widget = address !== null && isWidgetPath(address.path) ? accountAddressOfWidget(url) : null;
    const location = widget === null ? address : webLocationOf(widget);
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
  const { accounts } = mapsOf(index);
  let rest = host;
  for (;;) {
    if (accounts.has(rest)) return true;
    const dot = rest.indexOf('.');
    if (dot < 0) return false;
    rest = rest.slice(dot + 1);
  }
}
