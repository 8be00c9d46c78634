import type { RuleList } from './schema';

/** A bundled list older than this, with nothing newer to replace it, earns the user a hint. */
export const STALE_AFTER_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One copy of each list: where a subscription delivers a list with a bundled list's id (the
 * maintained edition of it), the copy with the later version date is used, so an old extension
 * still matches with new data. On a tie the earlier copy (the bundled one) stays.
 */
export function newestOfEachList(lists: readonly RuleList[]): RuleList[] {
  const chosen = new Map<string, RuleList>();
  for (const list of lists) {
    const held = chosen.get(list.id);
    if (!held || list.version > held.version) chosen.set(list.id, list);
  }
  // Map keeps the first insertion's position, so the order of the lists stays as given.
  return [...chosen.values()];
}

/** Whether the newest copy of a bundled list comes from a subscription rather than the extension. */
export function isReplacedBySubscription(bundled: RuleList, subscribed: readonly RuleList[]): boolean {
  return subscribed.some((list) => list.id === bundled.id && list.version > bundled.version);
}

/** Whole days from a list's version date (YYYY-MM-DD, read as UTC) to now. */
export function daysSinceVersion(list: RuleList, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${list.version}T00:00:00Z`)) / DAY_MS);
}

/** Whether the user should hear that this bundled list may be out of date. */
export function isStaleBundledList(bundled: RuleList, subscribed: readonly RuleList[], now: Date): boolean {
  return daysSinceVersion(bundled, now) > STALE_AFTER_DAYS && !isReplacedBySubscription(bundled, subscribed);
}
