import type { Verdict } from '../verdict';
import { coversHost } from './dismissals';
import type { NoticeModel } from './model';

/**
 * A listed domain's page state, prepared in advance so that the flagged-page script can show the
 * notice at document_start, before the page can be read, without waiting for the background.
 * Every page on the domain gets the same verdict (nothing there is decided by its path), so one
 * state per domain serves them all; `exceptHosts` are subdomains whose reader dismissed or paused
 * the notice, where it must not appear.
 */
export type AddressNotice = Verdict & { notice: NoticeModel; exceptHosts: string[] };

/** Storage keys: one per listed domain, read by the hostname's suffixes. */
export const ADDRESS_NOTICE_PREFIX = 'notice.byAddress.v1:';

export const addressNoticeKey = (host: string) => ADDRESS_NOTICE_PREFIX + host;

function isAddressNotice(value: unknown): value is AddressNotice {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<AddressNotice>;
  return stored.flagged === true && Array.isArray(stored.matches) && Array.isArray(stored.evidence)
    && typeof stored.notice === 'object' && stored.notice !== null
    && Array.isArray(stored.exceptHosts) && stored.exceptHosts.every((host) => typeof host === 'string');
}

/**
 * The prepared notice for `host`, from what storage holds under its suffixes' keys: only when
 * exactly one well-formed entry is found and the host is not one of its exceptions. Anything else
 * (none, several, a shape from another version) leaves the page to the background's answer.
 */
export function addressNoticeFor(host: string, stored: Readonly<Record<string, unknown>>): AddressNotice | null {
  const found = Object.values(stored).filter((value) => value !== undefined);
  const only = found.length === 1 ? found[0] : undefined;
  if (!isAddressNotice(only) || coversHost(only.exceptHosts, host)) return null;
  return only;
}
