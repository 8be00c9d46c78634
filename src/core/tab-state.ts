import { accountKeysOf, isFlaggedByAccountsOnly } from './notice/dismissals';
import { isHostOrSubdomainOf, webLocationOf } from './rules/hosts';
import { dayOf } from './settings/day';
import type { Settings } from './settings/defaults';
import type { Evidence, Verdict, VerdictMatch } from './verdict';

/**
 * What the extension knows about one tab: the verdict for the page it shows, reduced to what the
 * toolbar and the popup explain (the notice's long texts stay with the content script). Kept per
 * tab in storage.session by the background, so it survives the service worker being stopped.
 */
export type TabMatch = Pick<
  VerdictMatch,
  'listId' | 'entryId' | 'organization' | 'jurisdictions' | 'listTitle' | 'listedOn' | 'decidedOn' | 'verified'
>;

export interface TabRecord {
  /** The page's address without its fragment. */
  url: string;
  host: string;
  flagged: boolean;
  matches: TabMatch[];
  evidence: Evidence[];
}

export const TAB_RECORD_PREFIX = 'tab.';
export const tabRecordKey = (tabId: number): string => TAB_RECORD_PREFIX + tabId;

export function tabIdOfKey(key: string): number | null {
  if (!key.startsWith(TAB_RECORD_PREFIX)) return null;
  const id = Number(key.slice(TAB_RECORD_PREFIX.length));
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function tabMatchOf(match: VerdictMatch): TabMatch {
  const { listId, entryId, organization, jurisdictions, listTitle, listedOn, decidedOn, verified } = match;
  return {
    listId,
    entryId,
    organization,
    jurisdictions,
    ...(listTitle ? { listTitle } : {}),
    ...(listedOn ? { listedOn } : {}),
    ...(decidedOn ? { decidedOn } : {}),
    ...(verified !== undefined ? { verified } : {}),
  };
}

/** The record for a classified page; null for anything that is not a web page on a named host. */
export function tabRecordOf(url: string, verdict: Verdict): TabRecord | null {
  const location = webLocationOf(url);
  if (!location) return null;
  return {
    url: withoutFragment(url),
    host: location.host,
    flagged: verdict.flagged,
    matches: verdict.flagged ? verdict.matches.map(tabMatchOf) : [],
    evidence: verdict.flagged ? verdict.evidence : [],
  };
}

const matchKey = (match: { listId: string; entryId: string }) => `${match.listId}/${match.entryId}`;
const evidenceKey = (evidence: Evidence) => `${evidence.kind}|${evidence.detail}|${matchKey(evidence)}`;

function unionBy<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/**
 * Combines two answers about the same page (the address check, then the page's own signals), so
 * a later answer that found nothing never hides an earlier flag. A different page replaces it.
 */
export function mergeTabRecords(existing: TabRecord | undefined, incoming: TabRecord): TabRecord {
  if (!existing || existing.url !== incoming.url) return incoming;
  return {
    ...incoming,
    flagged: existing.flagged || incoming.flagged,
    matches: unionBy(existing.matches, incoming.matches, matchKey),
    evidence: unionBy(existing.evidence, incoming.evidence, evidenceKey),
  };
}

/**
 * What remains true of a tab's record once the tab shows another address. The same page (a new
 * fragment, a reload) keeps it; another path on the same host keeps it only when every piece of
 * evidence is about the host itself; anything else, or an address the extension may not read
 * (undefined: not a web page), drops it until the page there is classified.
 */
export function recordAfterNavigation(record: TabRecord, newUrl: string | undefined): TabRecord | null {
  if (newUrl === undefined) return null;
  const url = withoutFragment(newUrl);
  if (url === record.url) return record;
  const location = webLocationOf(url);
  if (!location || location.host !== record.host) return null;
  const hostWide = record.flagged && record.evidence.length > 0 && record.evidence.every((item) => item.kind === 'domain');
  return hostWide ? { ...record, url } : null;
}

/** The host a pause applies to: the site without "www.", so it covers the site's other hosts too. */
export function siteOf(host: string): string {
  return host.startsWith('www.') && host.split('.').length > 2 ? host.slice(4) : host;
}

/** A pause on "meduza.io" covers meduza.io and every host under it. */
export function isPausedOn(host: string, exceptions: Settings['siteExceptions']): boolean {
  return exceptions.some(
    (exception) => exception.kind === 'paused' && isHostOrSubdomainOf(host, exception.host),
  );
}

/**
 * The accounts a pause from this page would be for: on a platform's page flagged by its accounts
 * alone, those accounts; elsewhere none (the pause is for the site).
 */
export function pausableAccounts(evidence: readonly Evidence[]): string[] {
  return isFlaggedByAccountsOnly(evidence) ? accountKeysOf(evidence) : [];
}

/** Whether a page is paused: its site, or, on a platform's page flagged by its accounts alone, each of them. */
export function isPausedFor(host: string, evidence: readonly Evidence[], settings: Pick<Settings, 'siteExceptions' | 'pausedAccounts'>): boolean {
  if (isPausedOn(host, settings.siteExceptions)) return true;
  const accounts = pausableAccounts(evidence);
  return accounts.length > 0 && accounts.every((key) => settings.pausedAccounts.includes(key));
}

/** Settings with the page paused: for its accounts on a platform, else for its site. */
export function withPageFlaggedPaused(settings: Settings, host: string, evidence: readonly Evidence[], now: Date): Settings {
  const accounts = pausableAccounts(evidence);
  if (accounts.length === 0) return withPause(settings, host, now);
  return { ...settings, pausedAccounts: [...new Set([...settings.pausedAccounts, ...accounts])] };
}

/** Settings with nothing pausing the page: neither its site nor its accounts. */
export function withPageResumed(settings: Settings, host: string, evidence: readonly Evidence[]): Settings {
  const accounts = pausableAccounts(evidence);
  const resumed = withoutPause(settings, host);
  return accounts.length === 0 ? resumed : { ...resumed, pausedAccounts: resumed.pausedAccounts.filter((key) => !accounts.includes(key)) };
}

/** Settings with a pause on the host's site added (once). */
export function withPause(settings: Settings, host: string, now: Date): Settings {
  if (isPausedOn(host, settings.siteExceptions)) return settings;
  return {
    ...settings,
    siteExceptions: [...settings.siteExceptions, { host: siteOf(host), kind: 'paused', addedAt: dayOf(now) }],
  };
}

/** Settings without any pause that covers the host. */
export function withoutPause(settings: Settings, host: string): Settings {
  return {
    ...settings,
    siteExceptions: settings.siteExceptions.filter(
      (exception) => !(exception.kind === 'paused' && isHostOrSubdomainOf(host, exception.host)),
    ),
  };
}

export type TabStatus = 'flagged' | 'paused' | 'clear';

/** A paused site is not flagged: no badge, no flagged icon, though the record keeps the reasons. */
export function tabStatus(record: TabRecord | undefined, settings: Pick<Settings, 'siteExceptions' | 'pausedAccounts'>): TabStatus {
  if (!record?.flagged) return 'clear';
  return isPausedFor(record.host, record.evidence, settings) ? 'paused' : 'flagged';
}

/** What the toolbar button shows for a tab. */
export interface ToolbarState {
  icon: 'normal' | 'flagged';
  badge: string;
  /** Which title text to show; 'neutral' says nothing about the extension's purpose. */
  title: TabStatus | 'neutral';
}

export function toolbarState(
  record: TabRecord | undefined,
  settings: Pick<Settings, 'siteExceptions' | 'pausedAccounts' | 'lowVisibility'>,
): ToolbarState {
  if (settings.lowVisibility) return { icon: 'normal', badge: '', title: 'neutral' };
  const status = tabStatus(record, settings);
  return status === 'flagged' ? { icon: 'flagged', badge: '!', title: 'flagged' } : { icon: 'normal', badge: '', title: status };
}
