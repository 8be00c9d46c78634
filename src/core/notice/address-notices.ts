import type { Language } from '../i18n';
import type { CompiledIndex } from '../rules/compile';
import { hostSuffixes, isHostOrSubdomainOf } from '../rules/hosts';
import { classifyUrl } from '../rules/match';
import { isPatternHost, MAX_FLAGGED_PATTERNS } from '../rules/match-patterns';
import type { Settings } from '../settings/defaults';
import { isNoticeDismissed } from './dismissals';
import { buildNoticeModel } from './model';
import type { AddressNotice } from './prepared-notice';
import { noticeTextsFor } from './texts';

/**
 * The prepared notices, by listed domain: only domains the flagged-page script is registered for,
 * whose pages are flagged by the domain alone (no account paths on it or below it, no other
 * listed domain above it) and whose notice the reader has not dismissed.
 */
export function addressNotices(
  index: CompiledIndex,
  settings: Pick<Settings, 'siteExceptions' | 'dismissedOrganizations' | 'texts'>,
  sessionHosts: readonly string[],
  language: Language,
  limit = MAX_FLAGGED_PATTERNS,
): Record<string, AddressNotice> {
  const listed = new Set(Object.keys(index.domains));
  const accountHosts = new Set(Object.keys(index.accounts));
  // Domains with an account host on them or below them: their pages are decided by the path.
  const withAccounts = new Set<string>();
  for (const host of accountHosts) for (const suffix of hostSuffixes(host)) withAccounts.add(suffix);
  const decidedByDomainAlone = (domain: string) => {
    if (!isPatternHost(domain) || withAccounts.has(domain)) return false;
    const [, ...parents] = hostSuffixes(domain);
    return parents.every((parent) => !listed.has(parent) && !accountHosts.has(parent));
  };
  const dismissedHosts = [...settings.siteExceptions.map((exception) => exception.host), ...sessionHosts];
  const prepared: Record<string, AddressNotice> = {};
  let count = 0;
  for (const domain of [...listed].filter(decidedByDomainAlone).sort()) {
    if (count >= limit) break;
    const verdict = classifyUrl(index, `https://${domain}/`);
    if (!verdict.flagged || isNoticeDismissed(settings, sessionHosts, domain, verdict)) continue;
    prepared[domain] = {
      ...verdict,
      notice: buildNoticeModel(verdict, noticeTextsFor(verdict, language, settings.texts), language),
      exceptHosts: dismissedHosts.filter((host) => host !== domain && isHostOrSubdomainOf(host, domain)),
    };
    count++;
  }
  return prepared;
}
