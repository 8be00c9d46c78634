import { addressNoticeFor, addressNoticeKey } from '../core/notice/prepared-notice';
import { hostSuffixes, webHostOf } from '../core/rules/hosts';
import { nativeLocalStorage } from '../platform/content-runtime';
import type { PageState } from '../platform/message-map';

/**
 * The notice the background prepared for the domain of `url` (src/core/notice/address-notices.ts),
 * read from storage.local: on a listed domain the flagged-page script shows it at document_start.
 * A storage read answers within a few milliseconds while the page is still parsing, where a
 * message to the background may wait for a busy or sleeping service worker; the background's
 * answer then confirms or replaces it. Null when nothing usable was prepared for this host.
 */
export async function readPreparedNotice(url: string): Promise<PageState | null> {
  const host = webHostOf(url);
  if (host === null) return null;
  const stored = await nativeLocalStorage().get([...hostSuffixes(host)].map(addressNoticeKey));
  const prepared = addressNoticeFor(host, stored);
  if (!prepared) return null;
  const { exceptHosts: _exceptHosts, ...state } = prepared;
  return state;
}
