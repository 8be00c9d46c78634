import {
  mergeTabRecords,
  recordAfterNavigation,
  tabIdOfKey,
  tabRecordKey,
  tabRecordOf,
  type TabRecord,
} from '../core/tab-state';
import type { Verdict } from '../core/verdict';
import type { StorageAreaLike } from '../platform/storage-backend';

/**
 * The verdict of the page each tab shows, kept in storage.session: it survives the service worker
 * being stopped, and is gone when the browser closes. Only flagged pages are kept, so a neutral
 * page costs one read and no write.
 */
export interface RecordChange {
  hadRecord: boolean;
  record: TabRecord | undefined;
}

export interface TabState {
  get(tabId: number): Promise<TabRecord | undefined>;
  all(): Promise<Map<number, TabRecord>>;
  /**
   * Records the answer given to a page's content script. Says whether the tab had a record, and
   * the tab's record afterwards.
   */
  record(tabId: number, url: string, verdict: Verdict): Promise<RecordChange>;
  /**
   * The tab shows another address (undefined: one the extension may not read). Says whether the
   * tab had a record, and what remains of it.
   */
  navigated(tabId: number, url: string | undefined): Promise<RecordChange>;
  forget(tabId: number): Promise<void>;
}

export function createTabState(session: StorageAreaLike): TabState {
  async function get(tabId: number): Promise<TabRecord | undefined> {
    const key = tabRecordKey(tabId);
    return (await session.get([key]))[key] as TabRecord | undefined;
  }

  async function put(tabId: number, record: TabRecord | null, before: TabRecord | undefined) {
    if (record === before) return;
    if (record) await session.set({ [tabRecordKey(tabId)]: record });
    else if (before) await session.remove([tabRecordKey(tabId)]);
  }

  return {
    get,
    async all() {
      const records = new Map<number, TabRecord>();
      for (const [key, value] of Object.entries(await session.get(null))) {
        const tabId = tabIdOfKey(key);
        if (tabId !== null) records.set(tabId, value as TabRecord);
      }
      return records;
    },
    async record(tabId, url, verdict) {
      const incoming = tabRecordOf(url, verdict);
      const before = await get(tabId);
      if (!incoming) return { hadRecord: before !== undefined, record: before };
      const merged = mergeTabRecords(before, incoming);
      const next = merged.flagged ? merged : null;
      await put(tabId, next, before);
      return { hadRecord: before !== undefined, record: next ?? undefined };
    },
    async navigated(tabId, url) {
      const before = await get(tabId);
      if (!before) return { hadRecord: false, record: undefined };
      const next = recordAfterNavigation(before, url);
      await put(tabId, next, before);
      return { hadRecord: true, record: next ?? undefined };
    },
    forget: (tabId) => session.remove([tabRecordKey(tabId)]),
  };
}
