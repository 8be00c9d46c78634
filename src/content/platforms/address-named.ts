import { watchNavigation } from './navigation';
import type { FeedItems, PlatformAdapter } from './types';

/**
 * X, Instagram, Facebook and OK are single-page sites whose addresses name the account for
 * profiles and most posts (x.com/tvrain/status/…, instagram.com/meduzapro/), which the address
 * match already reads. What their adapter adds: the moves between content, which happen by
 * pushState with no event of their own (compared twice a second where the browser has no
 * Navigation API), and, for the posts whose address names no one (X's /i/web/status/…,
 * Instagram's /p/…), the author the page renders, which `readAuthor` returns as account paths.
 */

const POLL_ADDRESS_MS = 500;

export function addressNamedAdapter(readAuthor: () => string[] = () => [], feed?: FeedItems): PlatformAdapter {
  return {
    currentAccounts: readAuthor,
    watch(changed, signal) {
      watchNavigation(changed, signal, { events: ['popstate'], pollAddressMs: POLL_ADDRESS_MS });
    },
    ...(feed ? { feed } : {}),
  };
}

/**
 * The account path of a link to a profile on this platform ("/meduzapro/" is "/meduzapro"), or
 * null for anything else: the platform's own pages, deeper paths, links to other hosts.
 */
export function profilePathOf(href: string | null | undefined, namePattern: RegExp, reserved: ReadonlySet<string>): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, location.href);
  } catch {
    return null;
  }
  if (url.hostname !== location.hostname) return null;
  const name = url.pathname.replace(/^\/|\/$/g, '');
  return namePattern.test(name) && !reserved.has(name.toLowerCase()) ? `/${name}` : null;
}
