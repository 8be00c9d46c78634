import { watchNavigation } from './navigation';
import type { PlatformAdapter } from './types';

/**
 * Telegram Web (web.telegram.org/k/ and /a/): the chat open in the app. Both versions name a chat
 * opened by its public username in the address's fragment (`#@meduzalive`, or a tg://resolve
 * link in `#?tgaddr=`); a chat opened from the chat list is named by its numeric id instead
 * (`#-1001036240821`), which no list carries, so it is not recognized. The apps switch chats with
 * history.replaceState and fire no event of their own: the address is compared twice a second.
 * Public channel pages on t.me (`t.me/s/meduzalive`) need no adapter: their address says it.
 */

/** A Telegram username: 5 to 32 letters, digits and underscores, starting with a letter. */
const USERNAME = /^[a-z][a-z0-9_]{3,31}$/i;
const POLL_ADDRESS_MS = 500;

/** The public username of the chat the fragment opens, or null. */
export function chatUsernameOf(hash: string): string | null {
  const fragment = hash.replace(/^#/, '');
  if (fragment.startsWith('@')) {
    const name = fragment.slice(1).split(/[/?&]/)[0] ?? '';
    return USERNAME.test(name) ? name : null;
  }
  const tgaddr = new URLSearchParams(fragment.replace(/^\?/, '')).get('tgaddr');
  if (tgaddr === null) return null;
  try {
    const link = new URL(tgaddr);
    const name = link.protocol === 'tg:' ? link.searchParams.get('domain') : null;
    return name !== null && USERNAME.test(name) ? name : null;
  } catch {
    return null;
  }
}

export function telegramWebAdapter(location: Location): PlatformAdapter {
  return {
    currentAccounts() {
      if (!/^\/[ak]\/?$/.test(location.pathname)) return [];
      const name = chatUsernameOf(location.hash);
      return name ? [`/${name}`] : [];
    },
    watch(changed, signal) {
      watchNavigation(changed, signal, { events: ['hashchange', 'popstate'], pollAddressMs: POLL_ADDRESS_MS });
    },
  };
}
