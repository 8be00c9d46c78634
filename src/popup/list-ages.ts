import type { Language, LocalizedText } from '../core/i18n';
import { isListActive } from '../core/rules/compile';
import { isReplacedBySubscription, isStaleBundledList } from '../core/rules/freshness';
import type { RuleList } from '../core/rules/schema';
import type { Settings } from '../core/settings/defaults';
import type { SubscriptionCopy } from '../core/settings/subscription-copy';

/** How old an active list is: the bundled ones by their version date, subscribed ones by their last fetch. */
export type ListAge =
  | { kind: 'bundled'; id: string; title: LocalizedText; version: string; stale: boolean }
  | { kind: 'subscribed'; id: string; title: LocalizedText; fetchedAt?: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The lists the matcher uses under these settings, with their age; a bundled list a subscription replaces is left out. */
export function activeListAges(
  bundled: readonly RuleList[],
  copies: readonly SubscriptionCopy[],
  settings: Settings,
  now: Date,
): ListAge[] {
  const subscribed = copies.flatMap((copy) =>
    copy.list && settings.subscriptions.some((item) => item.url === copy.url && item.enabled) ? [copy.list] : [],
  );
  const ages: ListAge[] = bundled
    .filter((list) => isListActive(list, settings) && !isReplacedBySubscription(list, subscribed))
    .map((list) => ({ kind: 'bundled', id: list.id, title: list.title, version: list.version, stale: isStaleBundledList(list, subscribed, now) }));
  for (const copy of copies) {
    const subscription = settings.subscriptions.find((item) => item.url === copy.url);
    if (!subscription?.enabled) continue;
    if (!copy.list) {
      // Not fetched yet: the address is all there is to name it by.
      ages.push({ kind: 'subscribed', id: copy.url, title: { en: copy.url } });
    } else if (isListActive(copy.list, settings)) {
      ages.push({ kind: 'subscribed', id: copy.list.id, title: copy.list.title, ...(copy.fetchedAt ? { fetchedAt: copy.fetchedAt } : {}) });
    }
  }
  return ages;
}

/** "today", "yesterday", "3 days ago", in the user's language. */
export function daysAgo(since: string, now: Date, language: Language): string {
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / DAY_MS));
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-days, 'day');
}

/** A calendar date (YYYY-MM-DD, as lists write them) in the user's language, read as UTC. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
