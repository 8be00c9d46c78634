import type { RuleList } from '../core/rules/schema';
import type { Settings } from '../core/settings/defaults';
import { SUBSCRIPTION_KEY_PREFIX, subscriptionKey, type SubscriptionCopy } from '../core/settings/subscription-copy';
import type { StorageBackend } from './storage-backend';

/** Reading the fetched copies of subscribed lists (the background writes them). */
export async function readSubscriptionCopies(settings: Settings, storage: StorageBackend): Promise<SubscriptionCopy[]> {
  const keys = settings.subscriptions.map((subscription) => subscriptionKey(subscription.url));
  const stored = await storage.local.get(keys);
  return settings.subscriptions.map(
    (subscription) => (stored[subscriptionKey(subscription.url)] as SubscriptionCopy | undefined) ?? { url: subscription.url },
  );
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
