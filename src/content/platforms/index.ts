import { telegramWebAdapter } from './telegram';
import type { PlatformAdapter } from './types';
import { vkAdapter } from './vk';
import { youtubeAdapter } from './youtube';

/** youtube.com, www.youtube.com, m.youtube.com: the hosts each adapter reads. */
function isOnHost(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

/**
 * The adapter for the platform at `hostname`, or null on every other host, which then pays for
 * nothing more than this check. Platforms whose content is named by the address itself (t.me,
 * X, Facebook pages, OK) need none: the address is matched as it is.
 */
export function platformAdapterFor(hostname: string): PlatformAdapter | null {
  if (isOnHost(hostname, 'youtube.com')) return youtubeAdapter(document);
  if (hostname === 'web.telegram.org') return telegramWebAdapter(location);
  if (isOnHost(hostname, 'vk.com') || isOnHost(hostname, 'vk.ru')) return vkAdapter(document);
  return null;
}
