import type { CompiledIndex } from './compile';

/**
 * The most match patterns the flagged-page script is registered for; a page on a domain beyond
 * them still gets the script, injected when the background flags it.
 */
export const MAX_FLAGGED_PATTERNS = 5000;

/** A DNS name of two labels or more with a letter in its last label: no IP addresses, no bare TLDs. */
const PATTERN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z][a-z0-9-]*$/;

/** Whether match patterns can name `host` (the flagged-page script is registered only for those). */
export function isPatternHost(host: string): boolean {
  return PATTERN_HOST.test(host);
}

function coveredByParent(host: string, hosts: ReadonlySet<string>): boolean {
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    if (hosts.has(host.slice(dot + 1))) return true;
  }
  return false;
}

/** `*://*.DOMAIN/*` for the pattern-safe hosts among `hosts`, sorted, without those a parent covers. */
function domainPatterns(hosts: ReadonlySet<string>): string[] {
  return [...hosts]
    .filter((host) => !coveredByParent(host, hosts))
    .sort()
    .map((host) => `*://*.${host}/*`);
}

function patternHosts(index: Pick<CompiledIndex, 'domains'>): Set<string> {
  return new Set(Object.keys(index.domains).filter(isPatternHost));
}

/**
 * Match patterns for the index's domains, each matching the domain and its subdomains over http
 * and https (`*://*.meduza.io/*`), sorted, without domains their parent already covers; then the
 * hosts of account rules with their subdomains (`*://*.youtube.com/*`, which www.youtube.com and
 * m.youtube.com are), since a channel's page, or a page showing its content, is flagged there.
 * The content script asks for a page's verdict at once only where these patterns put the
 * flagged-page script, and after the page has loaded everywhere else.
 */
export function flaggedDomainPatterns(
  index: Pick<CompiledIndex, 'domains' | 'accounts'>,
  limit = MAX_FLAGGED_PATTERNS,
): string[] {
  const hosts = patternHosts(index);
  const accountPatterns = Object.keys(index.accounts)
    .filter((host) => PATTERN_HOST.test(host) && !hosts.has(host) && !coveredByParent(host, hosts))
    .sort()
    .map((host) => `*://*.${host}/*`);
  return [...domainPatterns(hosts), ...accountPatterns].slice(0, limit);
}

/**
 * The domains whose notice is a full-page interstitial (a list of theirs says so, or the user
 * chose it for every list): there the page is covered from document_start until its verdict.
 */
export function interstitialDomainPatterns(
  index: Pick<CompiledIndex, 'domains' | 'entries' | 'lists'>,
  limit = MAX_FLAGGED_PATTERNS,
): string[] {
  const hosts = new Set(
    [...patternHosts(index)].filter((host) =>
      (Object.hasOwn(index.domains, host) ? index.domains[host] ?? [] : []).some((position) => {
        const listId = index.entries[position]?.listId;
        return listId !== undefined && Object.hasOwn(index.lists, listId) && index.lists[listId]?.noticeMode === 'interstitial';
      })),
  );
  return domainPatterns(hosts).slice(0, limit);
}
