import { useEffect, useState } from 'preact/hooks';
import type { RuleList } from '../core/rules/schema';
import type { SubscriptionCopy } from '../core/settings/subscription-copy';
import { onSubscriptionCopiesChanged, readSubscriptionCopies } from '../platform/subscription-store';
import { useOptions } from './context';

/** The fetched copies of the user's subscriptions, kept current as the background updates them. */
export function useSubscriptionCopies(): SubscriptionCopy[] {
  const { settings, storage } = useOptions();
  const [copies, setCopies] = useState<SubscriptionCopy[]>([]);
  useEffect(() => {
    let live = true;
    const read = () => void readSubscriptionCopies(settings, storage).then((next) => live && setCopies(next));
    read();
    const stop = onSubscriptionCopiesChanged(storage, read);
    return () => {
      live = false;
      stop();
    };
  }, [settings.subscriptions, storage]);
  return copies;
}

/** Every list the user can see: bundled first, then the good copies of subscriptions. */
export function useAllLists(): readonly RuleList[] {
  const { bundledLists, settings } = useOptions();
  const copies = useSubscriptionCopies();
  const subscribed = copies.flatMap((copy, index) =>
    settings.subscriptions[index]?.enabled && copy.list ? [copy.list] : [],
  );
  return [...bundledLists, ...subscribed];
}
