import type { Settings } from '../core/settings/defaults';
import {
  FETCH_TIMEOUT_MS,
  MAX_LIST_BYTES,
  SUBSCRIPTION_KEY_PREFIX,
  checkListFile,
  subscriptionKey,
  type SubscriptionCopy,
} from '../core/settings/subscription-copy';
import type { StorageBackend } from '../platform/storage-backend';
import { validStoredCopy } from '../platform/subscription-store';

// The rule index reads the copies through here; pages read them from the platform module.
export { readSubscriptionCopies, subscribedLists } from '../platform/subscription-store';

/**
 * Fetches the lists the user subscribed to: on add, then once a day at a random time so a list's
 * server cannot tell subscribers apart by the hour. This is the extension's only network traffic.
 */
export const UPDATE_ALARM = 'subscriptions-update';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Up to two hours either way around the daily update. */
const JITTER_MS = 2 * 60 * 60 * 1000;

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface SubscriptionDeps {
  storage: StorageBackend;
  fetch: Fetch;
  now?: () => Date;
}

export function nextUpdateTime(now: number, random: number = Math.random()): number {
  return now + DAY_MS + Math.round((random * 2 - 1) * JITTER_MS);
}

async function readCopy(storage: StorageBackend, url: string): Promise<SubscriptionCopy> {
  const stored = await storage.local.get([subscriptionKey(url)]);
  // A damaged copy is not asked after conditionally, so the next fetch replaces it.
  return validStoredCopy(url, stored[subscriptionKey(url)]);
}

/** Reads the body, stopping as soon as it exceeds the limit instead of buffering all of it. */
async function readLimited(response: Response): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_LIST_BYTES) return null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_LIST_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const REDIRECT_ADVICE = "the list's address redirects elsewhere; subscribe to the final https:// address instead";

/** Browsers reject a refused redirect as a bare network error; Node's fetch names it in the cause. */
function fetchFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'AbortError') return `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`;
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = [error, cause].map((part) => (part instanceof Error ? part.message : '')).join(' ');
  if (/redirect/i.test(detail)) return REDIRECT_ADVICE;
  return `could not reach the server, or ${REDIRECT_ADVICE} (${error instanceof Error ? error.message : String(error)})`;
}

async function attempt(subscription: Settings['subscriptions'][number], copy: SubscriptionCopy, fetch: Fetch): Promise<Partial<SubscriptionCopy>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Conditional only when the good copy is the one the pin (if any) asks for.
  const conditional = copy.list && (!subscription.sha256 || subscription.sha256 === copy.sha256);
  if (conditional && copy.etag) headers['If-None-Match'] = copy.etag;
  if (conditional && copy.lastModified) headers['If-Modified-Since'] = copy.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(subscription.url, {
      headers,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      // Never followed: a redirect could lead to plain HTTP, and that request would be made before
      // its address could be checked. A list is fetched from the exact address the user gave.
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
    if (response.status === 304 && conditional) return { error: undefined };
    if (!response.ok) return { error: `the server answered ${response.status} ${response.statusText}`.trim() };
    const bytes = await readLimited(response);
    if (!bytes) return { error: `the file is larger than ${MAX_LIST_BYTES} bytes` };
    const checked = await checkListFile(bytes, subscription.sha256);
    if (!checked.ok) return { error: checked.error };
    return {
      list: checked.list,
      sha256: checked.sha256,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      error: undefined,
    };
  } catch (error) {
    return { error: fetchFailure(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches one subscription; on any failure the last good copy stays, with the error noted. */
export async function refreshSubscription(
  subscription: Settings['subscriptions'][number],
  { storage, fetch, now = () => new Date() }: SubscriptionDeps,
): Promise<SubscriptionCopy> {
  const copy = await readCopy(storage, subscription.url);
  const outcome = await attempt(subscription, copy, fetch);
  const checkedAt = now().toISOString();
  const next: SubscriptionCopy = { ...copy, ...outcome, checkedAt };
  if (!outcome.error) next.fetchedAt = checkedAt;
  for (const key of Object.keys(next) as (keyof SubscriptionCopy)[]) if (next[key] === undefined) delete next[key];
  await storage.local.set({ [subscriptionKey(subscription.url)]: next });
  return next;
}

export async function refreshSubscriptions(settings: Settings, deps: SubscriptionDeps): Promise<SubscriptionCopy[]> {
  const copies: SubscriptionCopy[] = [];
  // One after another: a few small files, and no burst of requests.
  for (const subscription of settings.subscriptions) {
    if (subscription.enabled) copies.push(await refreshSubscription(subscription, deps));
  }
  await removeOrphanCopies(settings, deps.storage);
  return copies;
}

/** Copies of lists the user unsubscribed from are deleted, not kept around. */
export async function removeOrphanCopies(settings: Settings, storage: StorageBackend): Promise<void> {
  const subscribed = new Set(settings.subscriptions.map((subscription) => subscriptionKey(subscription.url)));
  const everything = await storage.local.get(null);
  const orphans = Object.keys(everything).filter((key) => key.startsWith(SUBSCRIPTION_KEY_PREFIX) && !subscribed.has(key));
  if (orphans.length > 0) await storage.local.remove(orphans);
}

interface AlarmsLike {
  create(name: string, info: { when: number }): unknown;
  get(name: string): Promise<unknown>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

export interface SubscriptionUpdates {
  /** Fetches one subscription now (after the user added it) or all of them. */
  refresh(url?: string): Promise<SubscriptionCopy[]>;
}

/**
 * Registers the daily update. The alarm is one-shot and re-armed after each run with a new random
 * offset; it survives the service worker being stopped, and is armed again if the browser lost it.
 */
export function startSubscriptionUpdates(
  alarms: AlarmsLike,
  loadSettings: () => Promise<Settings>,
  deps: SubscriptionDeps,
): SubscriptionUpdates {
  const schedule = () => alarms.create(UPDATE_ALARM, { when: nextUpdateTime(Date.now()) });
  async function refresh(url?: string): Promise<SubscriptionCopy[]> {
    const settings = await loadSettings();
    if (url === undefined) return refreshSubscriptions(settings, deps);
    const subscription = settings.subscriptions.find((candidate) => candidate.url === url);
    return subscription ? [await refreshSubscription(subscription, deps)] : [];
  }
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== UPDATE_ALARM) return;
    void refresh().finally(schedule);
  });
  void alarms.get(UPDATE_ALARM).then((existing) => {
    if (!existing) schedule();
  });
  return { refresh };
}
