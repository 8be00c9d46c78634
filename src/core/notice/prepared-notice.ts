import type { Evidence, Verdict } from '../verdict';
import { coversHost } from './dismissals';
import type { NoticeModel } from './model';

/**
 * Page states prepared in advance for the listed domains, so that the flagged-page script can
 * show the notice at document_start, before the page can be read, without waiting for the
 * background. Every page on such a domain gets the same verdict (nothing there is decided by its
 * path). Stored in two parts, so that an organization with many domains is stored once:
 * - per domain: which shared part, the evidence naming the domain, and `exceptHosts`, the
 *   subdomains where the reader dismissed or paused the notice for good;
 * - shared: the verdict and the notice without their evidence.
 */
export interface DomainNotice {
  shared: string;
  evidence: Evidence[];
  noticeEvidence: string[];
  exceptHosts: string[];
}

export type SharedNotice = Omit<Verdict, 'evidence'> & { notice: Omit<NoticeModel, 'evidence'> };

/** The page state the background would give, as the flagged-page script shows it. */
export type PreparedState = Verdict & { notice: NoticeModel };

export const PREPARED_NOTICE_PREFIX = 'notice.prepared.v1:';
export const domainNoticeKey = (host: string) => `${PREPARED_NOTICE_PREFIX}domain:${host}`;
export const sharedNoticeKey = (id: string) => `${PREPARED_NOTICE_PREFIX}shared:${id}`;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function isDomainNotice(value: unknown): value is DomainNotice {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<DomainNotice>;
  return typeof stored.shared === 'string' && Array.isArray(stored.evidence)
    && isStringArray(stored.noticeEvidence) && isStringArray(stored.exceptHosts);
}

function isSharedNotice(value: unknown): value is SharedNotice {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<SharedNotice>;
  return stored.flagged === true && Array.isArray(stored.matches) && typeof stored.notice === 'object' && stored.notice !== null;
}

/**
 * The domain part for `host`, from what storage holds under its suffixes' keys: only when exactly
 * one well-formed entry is found and the host is not one of its exceptions. Anything else (none,
 * several, a shape from another version) leaves the page to the background's answer.
 */
export function domainNoticeFor(host: string, stored: Readonly<Record<string, unknown>>): DomainNotice | null {
  const found = Object.values(stored).filter((value) => value !== undefined);
  const only = found.length === 1 ? found[0] : undefined;
  if (!isDomainNotice(only) || coversHost(only.exceptHosts, host)) return null;
  return only;
}

/** The whole page state from its two parts; null when the shared part is missing or malformed. */
export function assemblePreparedState(domain: DomainNotice, shared: unknown): PreparedState | null {
  if (!isSharedNotice(shared)) return null;
  return { ...shared, evidence: domain.evidence, notice: { ...shared.notice, evidence: domain.noticeEvidence } };
}
