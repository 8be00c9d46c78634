/**
 * The part of the WebExtension storage API the extension uses, so the settings store can run on
 * the real browser storage or on the in-memory fake (src/platform/fake-storage.ts) in tests.
 */
export type StorageAreaName = 'local' | 'sync';

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageAreaLike {
  /** `null` reads every key. */
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export interface StorageBackend {
  local: StorageAreaLike;
  /** `null` where the browser offers no sync storage. */
  sync: StorageAreaLike | null;
  onChanged(listener: (changes: Record<string, StorageChange>, area: StorageAreaName) => void): () => void;
  /**
   * Runs a read-modify-write alone among every context holding the same lock, where the platform
   * has such locks (extension pages and the background share the Web Locks of their origin).
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}

const SETTINGS_LOCK = 'regional-legal-warnings-settings';

interface BrowserStorageNamespace {
  local: StorageAreaLike;
  sync?: StorageAreaLike;
  onChanged: {
    addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
  };
}

/**
 * The browser's own storage. Both Firefox's `browser.storage` and Chrome's MV3 `chrome.storage`
 * return promises, so no polyfill is needed here and pages that only read settings stay small.
 */
export function browserStorageBackend(): StorageBackend {
  const scope = globalThis as { browser?: { storage?: BrowserStorageNamespace }; chrome?: { storage?: BrowserStorageNamespace } };
  const storage = scope.browser?.storage ?? scope.chrome?.storage;
  if (!storage) throw new Error('browser storage is not available in this context');
  return {
    local: storage.local,
    sync: storage.sync ?? null,
    exclusive<T>(task: () => Promise<T>): Promise<T> {
      const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
      // Content scripts share the page's locks, not the extension's: the revision check covers them.
      const isExtensionPage = /^(chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? '');
      const inWorker = typeof (globalThis as { ServiceWorkerGlobalScope?: unknown }).ServiceWorkerGlobalScope !== 'undefined';
      if (!locks || !(isExtensionPage || inWorker)) return task();
      return locks.request(SETTINGS_LOCK, () => task()) as Promise<T>;
    },
    onChanged(listener) {
      const forward = (changes: Record<string, StorageChange>, area: string) => {
        if (area === 'local' || area === 'sync') listener(changes, area);
      };
      storage.onChanged.addListener(forward);
      return () => storage.onChanged.removeListener(forward);
    },
  };
}
