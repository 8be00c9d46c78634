import type { PlatformAdapter } from './types';
import { youtubeAdapter } from './youtube';

/** youtube.com, www.youtube.com, m.youtube.com: the hosts each adapter reads. */
function isOnHost(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/**
 * The adapter for the platform at `hostname`, or null on every other host, which then pays for
 * nothing more than this check.
 */
export function platformAdapterFor(hostname: string): PlatformAdapter | null {
  if (isOnHost(hostname, 'youtube.com')) return youtubeAdapter(document);
  return null;
}
