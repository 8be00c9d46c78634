import { parseRuleList, type RuleList } from '../rules/schema';

/**
 * A subscribed list as last fetched: kept in storage.local under its own key, outside Settings,
 * so a failed update never loses the last good copy.
 */
export interface SubscriptionCopy {
  url: string;
  /** The last good list; absent until a fetch succeeded. */
  list?: RuleList;
  /** SHA-256 (hex) of the file the good copy came from. */
  sha256?: string;
  etag?: string;
  lastModified?: string;
  /** When the good copy was fetched or confirmed unchanged (ISO). */
  fetchedAt?: string;
  /** When the last attempt ran, successful or not (ISO). */
  checkedAt?: string;
  /** Why the last attempt failed; absent after a success. */
  error?: string;
}

export const SUBSCRIPTION_KEY_PREFIX = 'subscription:';
/** Far above any real list (the bundled Russian list is a few dozen kilobytes). */
export const MAX_LIST_BYTES = 2 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 30_000;

export const subscriptionKey = (url: string) => SUBSCRIPTION_KEY_PREFIX + url;

/**
 * Lists come over HTTPS only. Plain HTTP is allowed on the loopback host alone, where a list's
 * maintainer serves a draft to try it; such traffic never leaves the device.
 */
export function isAllowedListUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1');
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export type CheckedList = { ok: true; list: RuleList; sha256: string } | { ok: false; error: string };

/** Everything a fetched file must pass before it replaces the good copy. */
export async function checkListFile(bytes: Uint8Array<ArrayBuffer>, pinnedSha256?: string): Promise<CheckedList> {
  if (bytes.byteLength > MAX_LIST_BYTES) return { ok: false, error: `the file is larger than ${MAX_LIST_BYTES} bytes` };
  const sha256 = await sha256Hex(bytes);
  if (pinnedSha256 && sha256 !== pinnedSha256) {
    return { ok: false, error: `the file's SHA-256 is ${sha256}, not the pinned ${pinnedSha256}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { ok: false, error: `not a JSON file: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = parseRuleList(parsed);
  if (!result.ok) return { ok: false, error: `not a valid rule list: ${result.issues.slice(0, 5).join('; ')}` };
  return { ok: true, list: result.value, sha256 };
}
