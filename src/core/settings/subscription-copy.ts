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

/** Names that lead inside the reader's own network, never to a list host on the internet. */
const LOCAL_NAME = /(^|\.)(local|localdomain|lan|internal|intranet|home|corp|home\.arpa)$/;

/** An IPv4 address in a private, loopback, link-local, shared (CGNAT) or unspecified range. */
function isLocalIPv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a = 0, b = 0] = parts;
  return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31)
    || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
}

/** An IPv6 literal (as URL gives it, in brackets) that is loopback, unspecified, unique-local, link-local or a mapped local IPv4. */
function isLocalIPv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const address = host.slice(1, -1).toLowerCase();
  if (address === '::1' || address === '::') return true;
  if (/^f[cd]/.test(address) || /^fe[89ab]/.test(address)) return true;
  // A mapped IPv4 address, which URL writes in hex (::ffff:c0a8:1 is 192.168.0.1).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (!mapped) return false;
  const [high, low] = [parseInt(mapped[1] ?? '', 16), parseInt(mapped[2] ?? '', 16)];
  return isLocalIPv4([high >> 8, high & 255, low >> 8, low & 255].join('.'));
}

/**
 * Lists come over HTTPS only, from the internet: an address inside the reader's own network (a
 * private, loopback or link-local address, a name such as router.local) could turn a list into
 * a probe of that network, and is refused. The one exception is this device itself
 * (localhost, 127.0.0.1), over HTTP too, where a list's maintainer serves a draft to try it;
 * such traffic never leaves the device. A public name that resolves to a local address is not
 * seen here (docs/privacy.md says so).
 */
export function isAllowedListUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const thisDevice = host === 'localhost' || host === '127.0.0.1';
  if (parsed.protocol === 'http:') return thisDevice;
  if (parsed.protocol !== 'https:') return false;
  if (thisDevice) return true;
  if (!host.includes('.') && !host.startsWith('[')) return false; // a single-label name is a local one
  return !LOCAL_NAME.test(host) && !host.endsWith('.localhost') && !isLocalIPv4(host) && !isLocalIPv6(host);
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
