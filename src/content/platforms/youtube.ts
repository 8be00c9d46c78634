import { isHostOrSubdomainOf } from '../../core/rules/hosts';
import { watchNavigation } from './navigation';
import type { PlatformAdapter } from './types';

/**
 * YouTube: whose channel the video, Short, live stream or post in front of the reader is.
 *
 * YouTube is a single-page app: moving to another video swaps the rendered content and pushes a
 * history entry, and leaves the first video's microdata (`itemprop="author"`, `channelId`) in
 * place. So the channel is read from what YouTube renders for the current content (the owner
 * line under the player, the active Short's channel bar, the post's author), and the microdata
 * only while the address is still the one the page was loaded with, which it describes. The
 * structure was learned from public code that reads these pages (user scripts and extensions
 * reading `#owner`, `#upload-info`, `ytd-watch-flexy[video-id]`, `yt-navigate-finish`); the
 * fixture test/fixtures/pages/www.youtube.com/watch/index.html reproduces it.
 */

/** The account part of a channel address: '/@tvrain' of '/@tvrain/videos'. */
const CHANNEL_PATH = /^\/(?:@[^/]+|channel\/[^/]+|c\/[^/]+|user\/[^/]+)/;

/** The owner of the video on a watch page, desktop first, then the mobile site. */
const WATCH_OWNER = [
  'ytd-watch-metadata #owner a[href]',
  '#owner a[href]',
  '#upload-info a[href]',
  'ytm-slim-owner-renderer a[href]',
];
/** The channel of the Short playing (the active one of the stacked reels). */
const SHORT_OWNER = [
  'ytd-reel-video-renderer[is-active] a[href^="/@"]',
  'ytd-reel-video-renderer[is-active] a[href^="/channel/"]',
];
/** The author of a community post shown on its own page. */
const POST_OWNER = ['ytd-backstage-post-renderer a#author-text[href]', 'ytd-post-renderer a#author-text[href]'];

/** Content of one channel, with the selectors where YouTube renders that channel. */
type ContentKind = 'watch' | 'short' | 'post';
const OWNER_SELECTORS: Record<ContentKind, string[]> = { watch: WATCH_OWNER, short: SHORT_OWNER, post: POST_OWNER };

/** The channel path of a YouTube address (relative or absolute), or null for anything else. */
export function channelPathOf(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.youtube.com/');
  } catch {
    return null;
  }
  if (!isHostOrSubdomainOf(url.hostname, 'youtube.com')) return null;
  return CHANNEL_PATH.exec(url.pathname)?.[0] ?? null;
}

/** What the address says: a channel's own page, or content of one channel with its id. */
function contentOf(location: URL): { kind: 'channel'; channel: string } | { kind: ContentKind; id: string | null } | null {
  const channel = CHANNEL_PATH.exec(location.pathname)?.[0];
  if (channel && !location.searchParams.has('lb')) return { kind: 'channel', channel };
  if (location.pathname === '/watch') return { kind: 'watch', id: location.searchParams.get('v') };
  const [, section, id] = location.pathname.split('/');
  if (section === 'live' && id) return { kind: 'watch', id };
  if (section === 'shorts' && id) return { kind: 'short', id };
  if (section === 'post' && id) return { kind: 'post', id };
  if (channel) return { kind: 'post', id: location.searchParams.get('lb') }; // a post opened on its channel's tab
  return null;
}

function firstChannelLink(root: ParentNode, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const link of root.querySelectorAll(selector)) {
      const path = channelPathOf(link.getAttribute('href') ?? '');
      if (path) return path;
    }
  }
  return null;
}

/** The channel the page's microdata names: true of the address the page was loaded with only. */
function microdataChannel(document: Document): string | null {
  const author = document.querySelector('[itemprop="author"] link[itemprop="url"][href]');
  const fromAuthor = author ? channelPathOf(author.getAttribute('href') ?? '') : null;
  if (fromAuthor) return fromAuthor;
  const id = document.querySelector('meta[itemprop="channelId"][content]')?.getAttribute('content') ?? '';
  return /^UC[\w-]{10,40}$/.test(id) ? `/channel/${id}` : null;
}

export function youtubeAdapter(document: Document): PlatformAdapter {
  const loadedAt = document.location.href;

  const currentAccount = (): string | null => {
    const content = contentOf(new URL(document.location.href));
    if (content === null) return null;
    if (content.kind === 'channel') return content.channel;
    // The watch page tells which video it renders: until that is this address's video, its
    // owner line is the previous video's.
    const rendering = document.querySelector('ytd-watch-flexy[video-id]')?.getAttribute('video-id');
    const rendered = content.kind !== 'watch' || !rendering || rendering === content.id;
    const owner = rendered ? firstChannelLink(document, OWNER_SELECTORS[content.kind]) : null;
    if (owner) return owner;
    return document.location.href === loadedAt ? microdataChannel(document) : null;
  };

  return {
    currentAccounts() {
      const account = currentAccount();
      return account ? [account] : [];
    },
    watch(changed, signal) {
      // YouTube's own navigation events (on its app element; seen here in the capture phase),
      // which Firefox ESR needs, having no Navigation API; popstate for back and forward.
      watchNavigation(changed, signal, { events: ['yt-navigate-finish', 'yt-page-data-updated', 'popstate'] });
    },
  };
}
