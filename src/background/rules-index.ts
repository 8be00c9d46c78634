import { compileIndex, INDEX_FORMAT, indexKey, type CompiledIndex, type IndexSettings } from '../core/rules/compile';
import { newestOfEachList } from '../core/rules/freshness';
import type { RuleList } from '../core/rules/schema';
import { SUBSCRIPTION_KEY_PREFIX } from '../core/settings/subscription-copy';
import { loadSettings, SETTINGS_KEY_PREFIX } from '../platform/settings-store';
import type { StorageBackend } from '../platform/storage-backend';
import { BUNDLED_LISTS } from '../rules/bundled';
import { subscribedLists } from './subscriptions';

/** Where the compiled index is kept between service-worker starts. */
export const INDEX_STORAGE_KEY = 'rules.index';

export interface IndexInputs {
  lists: readonly RuleList[];
  settings: IndexSettings;
}

function isStoredIndex(value: unknown, key: string): value is CompiledIndex {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<CompiledIndex>;
  return stored.format === INDEX_FORMAT && stored.key === key;
}

/**
 * The compiled index for the current lists and settings. It is built once per change of its
 * inputs, kept in memory while the service worker lives and in storage.local across restarts
 * (keyed by the hash of the inputs), and dropped when settings or subscribed lists change.
 * With `onIndex`, it is rebuilt right away when dropped, and each index built or loaded is passed on.
 */
export function createIndexCache(
  loadInputs: () => Promise<IndexInputs>,
  storage: StorageBackend,
  onIndex?: (index: CompiledIndex) => void,
): () => Promise<CompiledIndex> {
  let current: Promise<CompiledIndex> | null = null;

  async function build(): Promise<CompiledIndex> {
    const { lists, settings } = await loadInputs();
    const key = indexKey(lists, settings);
    // The stored copy only saves work: if storage fails, classification goes on without it.
    const stored = await storage.local.get([INDEX_STORAGE_KEY]).then((items) => items[INDEX_STORAGE_KEY], () => undefined);
    if (isStoredIndex(stored, key)) return stored;
    const index = compileIndex(lists, settings);
    await storage.local.set({ [INDEX_STORAGE_KEY]: index }).catch(() => undefined);
    return index;
  }

  function get(): Promise<CompiledIndex> {
    current ??= build().then(
      (index) => {
        onIndex?.(index);
        return index;
      },
      (error: unknown) => {
        current = null;
        throw error;
      },
    );
    return current;
  }

  storage.onChanged((changes) => {
    const keys = Object.keys(changes);
    if (!keys.some((key) => key.startsWith(SETTINGS_KEY_PREFIX) || key.startsWith(SUBSCRIPTION_KEY_PREFIX))) return;
    current = null;
    if (onIndex) void get().catch(() => undefined);
  });

  return get;
}

/**
 * The index's inputs now: the bundled lists, the good copies of subscribed lists (a newer edition
 * of a bundled list in place of it), the settings.
 */
export async function loadIndexInputs(storage: StorageBackend): Promise<IndexInputs> {
  const settings = await loadSettings();
  return { lists: newestOfEachList([...BUNDLED_LISTS, ...(await subscribedLists(settings, storage))]), settings };
}
