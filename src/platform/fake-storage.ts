import type { StorageAreaLike, StorageAreaName, StorageBackend, StorageChange } from './storage-backend';

/**
 * In-memory storage with the browser's behaviour where it matters for tests: values are copied
 * in and out, storage.sync enforces Chrome's quotas, and change events arrive asynchronously in
 * every "context" sharing the same fake (like two options tabs).
 */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_QUOTA_BYTES = 102_400;

export interface FakeStorageOptions {
  /** Simulates a browser without sync storage. */
  syncAvailable?: boolean;
  /** Makes every sync write fail, as when sync is disabled by policy or full. */
  syncFails?: boolean;
  initial?: { local?: Record<string, unknown>; sync?: Record<string, unknown> };
}

export interface FakeStorage extends StorageBackend {
  /** A copy of everything stored in an area. */
  dump(area: StorageAreaName): Record<string, unknown>;
  /** Resolves once every change event queued so far was delivered. */
  settled(): Promise<void>;
  /** Counts writes per area, so tests can check that invalid input wrote nothing. */
  writes: Record<StorageAreaName, number>;
}

type Listener = (changes: Record<string, StorageChange>, area: StorageAreaName) => void;

function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export function createFakeStorage(options: FakeStorageOptions = {}): FakeStorage {
  const data: Record<StorageAreaName, Map<string, unknown>> = {
    local: new Map(Object.entries(structuredClone(options.initial?.local ?? {}))),
    sync: new Map(Object.entries(structuredClone(options.initial?.sync ?? {}))),
  };
  const listeners = new Set<Listener>();
  const writes: Record<StorageAreaName, number> = { local: 0, sync: 0 };
  let pending: Promise<void> = Promise.resolve();
  let lockQueue: Promise<unknown> = Promise.resolve();

  function emit(area: StorageAreaName, changes: Record<string, StorageChange>) {
    if (Object.keys(changes).length === 0) return;
    pending = pending.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            for (const listener of [...listeners]) listener(structuredClone(changes), area);
            resolve();
          }, 0),
        ),
    );
  }

  function checkSyncQuota(items: Record<string, unknown>) {
    const next = new Map(data.sync);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, value);
    }
    let total = 0;
    for (const [key, value] of next) total += itemBytes(key, value);
    if (total > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
  }

  function area(name: StorageAreaName): StorageAreaLike {
    const store = data[name];
    return {
      async get(keys) {
        const result: Record<string, unknown> = {};
        for (const key of keys ?? [...store.keys()]) {
          if (store.has(key)) result[key] = structuredClone(store.get(key));
        }
        return result;
      },
      async set(items) {
        if (name === 'sync') {
          if (options.syncFails) throw new Error('storage.sync is disabled');
          checkSyncQuota(items);
        }
        writes[name] += 1;
        const changes: Record<string, StorageChange> = {};
        for (const [key, value] of Object.entries(structuredClone(items))) {
          changes[key] = { oldValue: store.get(key), newValue: value };
          store.set(key, value);
        }
        emit(name, changes);
      },
      async remove(keys) {
        writes[name] += 1;
        const changes: Record<string, StorageChange> = {};
        for (const key of keys) {
          if (!store.has(key)) continue;
          changes[key] = { oldValue: store.get(key) };
          store.delete(key);
        }
        emit(name, changes);
      },
    };
  }

  return {
    local: area('local'),
    sync: options.syncAvailable === false ? null : area('sync'),
    exclusive(task) {
      const result = lockQueue.then(task, task);
      lockQueue = result.catch(() => undefined);
      return result;
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dump: (name) => structuredClone(Object.fromEntries(data[name])),
    settled: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== pending) {
        seen = pending;
        await seen;
      }
    },
    writes,
  };
}
