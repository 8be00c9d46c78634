import { domainNoticeKey, preparedStateFor, type PreparedState } from '../core/notice/prepared-notice';
import { hostSuffixes, webHostOf } from '../core/rules/hosts';
import { nativeLocalStorage } from '../platform/content-runtime';

/**
 * The notice the background prepared for the domain of `url` (src/core/notice/address-notices.ts),
 * read from storage.local: on a listed domain the flagged-page script shows it at document_start.
 * One storage read answers within milliseconds while the page is still parsing, where a message
 * to the background may wait for a busy or sleeping service worker; the background's answer then
 * confirms or replaces it. Null when nothing usable was prepared for this host.
 */
export async function readPreparedNotice(url: string): Promise<PreparedState | null> {
  const host = webHostOf(url);
  if (host === null) return null;
  return preparedStateFor(host, await nativeLocalStorage().get([...hostSuffixes(host)].map(domainNoticeKey)));
}
