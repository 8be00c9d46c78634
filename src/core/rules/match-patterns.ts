import type { CompiledIndex } from './compile';

/**
 * The most match patterns the flagged-page script is registered for; a page on a domain beyond
 * them still gets the script, injected when the background flags it.
 */
export const MAX_FLAGGED_PATTERNS = 5000;

/** A DNS name of two labels or more with a letter in its last label: no IP addresses, no bare TLDs. */
const PATTERN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z][a-z0-9-]*$/;

function coveredByParent(host: string, hosts: ReadonlySet<string>): boolean {
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    if (hosts.has(host.slice(dot + 1))) return true;
  }
  return false;
}

/**
 * Match patterns for the index's domains, each matching the domain and its subdomains over http
 * and https (`*://*.meduza.io/*`), sorted, without domains their parent already covers.
 */
export function flaggedDomainPatterns(index: Pick<CompiledIndex, 'domains'>, limit = MAX_FLAGGED_PATTERNS): string[] {
  const hosts = new Set(Object.keys(index.domains).filter((host) => PATTERN_HOST.test(host)));
  return [...hosts]
    .filter((host) => !coveredByParent(host, hosts))
    .sort()
    .slice(0, limit)
    .map((host) => `*://*.${host}/*`);
}
