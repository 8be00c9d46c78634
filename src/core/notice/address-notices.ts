import type { Language } from '../i18n';
import type { CompiledIndex } from '../rules/compile';
import { hostSuffixes, isHostOrSubdomainOf } from '../rules/hosts';
import { classifyUrl } from '../rules/match';
import { isPatternHost, MAX_FLAGGED_PATTERNS } from '../rules/match-patterns';
import type { Settings } from '../settings/defaults';
import { isNoticeDismissed } from './dismissals';
import { buildNoticeModel } from './model';
import type { VerdictMatch } from '../verdict';
import type { DomainNotice } from './prepared-notice';
import { noticeTextsFor } from './texts';

/** What the page's notice and act guards use of a match; the rest stays in the background. */
function slimMatch({ listId, entryId, organization, jurisdictions, listTitle }: VerdictMatch): VerdictMatch {
  return { listId, entryId, organization, jurisdictions, sources: [], ...(listTitle ? { listTitle } : {}) };
}

/** At most this much JSON is prepared: domains beyond it wait for the background's answer. */
export const PREPARED_NOTICES_MAX_BYTES = 1024 * 1024;

/**
 * The prepared notices (src/core/notice/prepared-notice.ts) for the listed domains: only domains
 * the flagged-page script is registered for, whose pages are flagged by the domain alone (no
 * account paths on, above or below them, no other listed domain above or below them), whose
 * notice the reader has not dismissed or paused for good, within `maxBytes`. Dismissals until the
 * browser closes are not taken into account: they must never be written to disk.
 */
export function addressNotices(
  index: CompiledIndex,
  settings: Pick<Settings, 'siteExceptions' | 'dismissedOrganizations' | 'dismissedAccounts' | 'pausedAccounts' | 'texts'>,
  language: Language,
  { maxDomains = MAX_FLAGGED_PATTERNS, maxBytes = PREPARED_NOTICES_MAX_BYTES } = {},
): Record<string, DomainNotice> {
  const listed = new Set(Object.keys(index.domains));
  // Hosts with a listed domain or an account host below them: their pages are not all alike.
  const parentsOfOthers = new Set<string>();
  for (const host of [...listed, ...Object.keys(index.accounts)]) {
    const [, ...parents] = hostSuffixes(host);
    for (const parent of parents) parentsOfOthers.add(parent);
  }
  const accountHosts = new Set(Object.keys(index.accounts));
  const decidedByDomainAlone = (domain: string) => {
    if (!isPatternHost(domain) || parentsOfOthers.has(domain) || accountHosts.has(domain)) return false;
    const [, ...parents] = hostSuffixes(domain);
    return parents.every((parent) => !listed.has(parent) && !accountHosts.has(parent));
  };
  const exceptionHosts = settings.siteExceptions.map((exception) => exception.host);

  const prepared: Record<string, DomainNotice> = {};
  let bytes = 0;
  let count = 0;
  for (const domain of [...listed].filter(decidedByDomainAlone).sort()) {
    if (count >= maxDomains) break;
    const verdict = classifyUrl(index, `https://${domain}/`);
    if (!verdict.flagged || isNoticeDismissed(settings, [], domain, verdict)) continue;
    const entry: DomainNotice = {
      ...verdict,
      matches: verdict.matches.map(slimMatch),
      notice: buildNoticeModel(verdict, noticeTextsFor(verdict, language, settings.texts), language),
      exceptHosts: exceptionHosts.filter((host) => host !== domain && isHostOrSubdomainOf(host, domain)),
    };
    bytes += JSON.stringify(entry).length;
    if (bytes > maxBytes) break;
    prepared[domain] = entry;
    count++;
  }
  return prepared;
}
