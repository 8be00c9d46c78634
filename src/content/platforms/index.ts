import { isHostOrSubdomainOf } from '../../core/rules/hosts';
import { addressNamedAdapter } from './address-named';
import { instagramAdapter } from './instagram';
import { telegramWebAdapter } from './telegram';
import type { PlatformAdapter } from './types';
import { vkAdapter } from './vk';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

const on = (hostname: string, ...platforms: string[]) => platforms.some((platform) => isHostOrSubdomainOf(hostname, platform));

/**
 * The adapter for the platform at `hostname`, or null on every other host, which then pays for
 * nothing more than this check. t.me needs none: its pages are loaded one by one, and each
 * address names its channel.
 */
export function platformAdapterFor(hostname: string): PlatformAdapter | null {
  if (on(hostname, 'youtube.com')) return youtubeAdapter(document);
  if (hostname === 'web.telegram.org') return telegramWebAdapter(location);
  if (on(hostname, 'vk.com', 'vk.ru')) return vkAdapter(document);
  if (on(hostname, 'x.com', 'twitter.com')) return xAdapter(document);
  if (on(hostname, 'instagram.com')) return instagramAdapter(document);
  // Their addresses name the account of every page the lists can name: only their moves are watched.
  if (on(hostname, 'facebook.com', 'ok.ru')) return addressNamedAdapter();
  return null;
}
