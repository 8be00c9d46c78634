import { isHostOrSubdomainOf } from '../../core/rules/hosts';
import { telegramWebAdapter } from './telegram';
import type { PlatformAdapter } from './types';
import { vkAdapter } from './vk';
import { youtubeAdapter } from './youtube';

/**
 * The adapter for the platform at `hostname`, or null on every other host, which then pays for
 * nothing more than this check. Platforms whose content is named by the address itself (t.me,
 * X, Facebook pages, OK) need none: the address is matched as it is.
 */
export function platformAdapterFor(hostname: string): PlatformAdapter | null {
  if (isHostOrSubdomainOf(hostname, 'youtube.com')) return youtubeAdapter(document);
  if (hostname === 'web.telegram.org') return telegramWebAdapter(location);
  if (isHostOrSubdomainOf(hostname, 'vk.com') || isHostOrSubdomainOf(hostname, 'vk.ru')) return vkAdapter(document);
  return null;
}
