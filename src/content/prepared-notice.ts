import { assemblePreparedState, domainNoticeFor, domainNoticeKey, sharedNoticeKey, type PreparedState } from '../core/notice/prepared-notice';
import { hostSuffixes, webHostOf } from '../core/rules/hosts';
import { nativeLocalStorage } from '../platform/content-runtime';

/**
 * The notice the background prepared for the domain of `url` (src/core/notice/address-notices.ts),
 * read from storage.local: on a listed domain the flagged-page script shows it at document_start.
 * Two storage reads answer within a few milliseconds while the page is still parsing, where a
 * message to the background may wait for a busy or sleeping service worker; the background's
 * answer then confirms or replaces it. Null when nothing usable was prepared for this host.
 */
export async function readPreparedNotice(url: string): Promise<PreparedState | null> {
  const host = webHostOf(url);
  if (host === null) return null;
  const storage = nativeLocalStorage();
  const domain = domainNoticeFor(host, await storage.get([...hostSuffixes(host)].map(domainNoticeKey)));
  if (!domain) return null;
  const key = sharedNoticeKey(domain.shared);
  return assemblePreparedState(domain, (await storage.get([key]))[key]);
}
