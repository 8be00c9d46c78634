import { ACT_EXCEPTIONS_KEY, domainNoticeKey, PREPARED_GUARDS_KEY, preparedGuardSetup, preparedStateFor, type PreparedState } from '../core/notice/prepared-notice';
import type { GuardSetup } from '../core/guard-policy';
import { hostSuffixes, webHostOf } from '../core/rules/hosts';
import { extensionVersion, nativeLocalStorage } from '../platform/content-runtime';

export type PreparedPage = PreparedState & { guards: GuardSetup | null };

/**
 * The notice the background prepared for the domain of `url` (src/core/notice/address-notices.ts),
 * read from storage.local: on a listed domain the flagged-page script shows it at document_start.
 * One storage read answers within milliseconds while the page is still parsing, where a message
 * to the background may wait for a busy or sleeping service worker; the background's answer then
 * confirms or replaces it. The same read brings what the act guards need, so that they hold from
 * the first moment too. Null when nothing usable was prepared for this host.
 */
export async function readPreparedNotice(url: string): Promise<PreparedPage | null> {
  const host = webHostOf(url);
  if (host === null) return null;
  const { [PREPARED_GUARDS_KEY]: guards, [ACT_EXCEPTIONS_KEY]: actExceptions, ...notices } = await nativeLocalStorage()
    .get([...[...hostSuffixes(host)].map(domainNoticeKey), PREPARED_GUARDS_KEY, ACT_EXCEPTIONS_KEY]);
  const state = preparedStateFor(host, notices);
  return state && { ...state, guards: preparedGuardSetup(host, guards, actExceptions, extensionVersion()) };
}
