import type { Verdict } from '../verdict';
import { coversHost } from './dismissals';
import type { NoticeModel } from './model';

/**
 * Page states prepared in advance for the listed domains, so that the flagged-page script can
 * show the notice at document_start, before the page can be read, without waiting for the
 * background. Every page on such a domain gets the same verdict (nothing there is decided by its
 * path). One storage entry per domain, read in one go: the notice as the background would give
 * it, the verdict with only what the page's notice and act guards use of each match, and
 * `exceptHosts`, the subdomains where the reader dismissed or paused the notice for good.
 */
export type PreparedState = Verdict & { notice: NoticeModel };
export type DomainNotice = PreparedState & { exceptHosts: string[] };

export const PREPARED_NOTICE_PREFIX = 'notice.prepared.v1:';
export const domainNoticeKey = (host: string) => `${PREPARED_NOTICE_PREFIX}domain:${host}`;

function isDomainNotice(value: unknown): value is DomainNotice {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<DomainNotice>;
  return stored.flagged === true && Array.isArray(stored.matches) && Array.isArray(stored.evidence)
    && typeof stored.notice === 'object' && stored.notice !== null
    && Array.isArray(stored.exceptHosts) && stored.exceptHosts.every((host) => typeof host === 'string');
}

/**
 * The prepared state for `host`, from what storage holds under its suffixes' keys: only when
 * exactly one well-formed entry is found and the host is not one of its exceptions. Anything else
 * (none, several, a shape from another version) leaves the page to the background's answer.
 */
export function preparedStateFor(host: string, stored: Readonly<Record<string, unknown>>): PreparedState | null {
  const found = Object.values(stored).filter((value) => value !== undefined);
  const only = found.length === 1 ? found[0] : undefined;
  if (!isDomainNotice(only) || coversHost(only.exceptHosts, host)) return null;
  const { exceptHosts: _exceptHosts, ...state } = only;
  return state;
}
