import { parseRuleList, type RuleList } from '../core/rules/schema';
import type { Settings } from '../core/settings/defaults';
import { SUBSCRIPTION_KEY_PREFIX, subscriptionKey, type SubscriptionCopy } from '../core/settings/subscription-copy';
import type { StorageBackend } from './storage-backend';

const TEXT_FIELDS = ['sha256', 'etag', 'lastModified', 'fetchedAt', 'checkedAt', 'error'] as const;

/**
 * A stored copy checked again as it is read: storage may hold a copy written by an older version,
 * or damaged. A list that is no longer a valid rule list is left out, and the copy's error says why,
 * so the options page shows it; the other fields are kept only when they are text.
 */
export function validStoredCopy(url: string, stored: unknown): SubscriptionCopy {
  const copy: SubscriptionCopy = { url };
  if (typeof stored !== 'object' || stored === null) return copy;
  const record = stored as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string') copy[field] = value;
  }
  if (record.list === undefined) return copy;
  const parsed = parseRuleList(record.list);
  if (parsed.ok) copy.list = parsed.value;
  else copy.error = `the saved copy of this list is damaged and is not used until the next update (${parsed.issues.slice(0, 3).join('; ')})`;
  return copy;
}

/** Reading the fetched copies of subscribed lists (the background writes them). */
export async function readSubscriptionCopies(settings: Settings, storage: StorageBackend): Promise<SubscriptionCopy[]> {
  const keys = settings.subscriptions.map((subscription) => subscriptionKey(subscription.url));
  const stored = await storage.local.get(keys);
  return settings.subscriptions.map((subscription) => validStoredCopy(subscription.url, stored[subscriptionKey(subscription.url)]));
}

/** The good copies of the enabled subscriptions: what the rule compiler adds to the bundled lists. */
export async function subscribedLists(settings: Settings, storage: StorageBackend): Promise<RuleList[]> {
  const copies = await readSubscriptionCopies(settings, storage);
  return copies.flatMap((copy, index) => (settings.subscriptions[index]?.enabled && copy.list ? [copy.list] : []));
}

/** Calls back whenever the background stored a new copy or an error. */
export function onSubscriptionCopiesChanged(storage: StorageBackend, listener: () => void): () => void {
  return storage.onChanged((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(SUBSCRIPTION_KEY_PREFIX))) listener();
  });
}
