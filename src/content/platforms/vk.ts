import { watchNavigation } from './navigation';
import type { PlatformAdapter } from './types';

/**
 * VK: the community or person whose post is in front of the reader. A post has its own address
 * (`/wall-12637912_3456`: community 12637912, or `/wall1_45` of a person) or opens over the page
 * in a layer (`?w=wall-12637912_3456`), and a community answers both as /club12637912 and
 * /public12637912 as well as by its screen name: all forms are given, so a list may name any.
 * The screen name is read off the open post's author link (`.post_author a.author`, as public
 * code that reads VK pages finds it). VK navigates with pushState and no event of its own: the
 * address is compared twice a second.
 */

const WALL_POST = /^wall(-?)(\d{1,12})_\d+/;
const COMMUNITY = /^\/(?:club|public|event)(\d{1,12})\/?$/;
const SCREEN_NAME = /^\/[a-z0-9_.]{2,64}$/i;
const POLL_ADDRESS_MS = 500;
/** The open post's author: in the post layer, or on a post's own page (its one post). */
const LAYER_AUTHOR = '#wl_post .post_author a.author[href]';
const PAGE_AUTHOR = '.post_author a.author[href]';

/** The forms of the owner of a wall post id ('wall-123_4' is community 123). */
export function ownerOfWallPost(post: string): string[] {
  const match = WALL_POST.exec(post);
  if (!match) return [];
  const [, community, id] = match;
  return community ? [`/club${id}`, `/public${id}`] : [`/id${id}`];
}

/** The path of a link to a community or a person ("/tvrain", "/public123"), or null. */
function screenNameOf(link: Element | null | undefined): string | null {
  const href = link?.getAttribute('href');
  if (!href) return null;
  const path = new URL(href, 'https://vk.com/').pathname;
  return SCREEN_NAME.test(path) ? path : null;
}

/** In a layer only the layer's author counts: the page under it shows other people's posts. */
function authorScreenName(document: Document, inLayer: boolean): string | null {
  return screenNameOf(document.querySelector(inLayer ? LAYER_AUTHOR : PAGE_AUTHOR));
}

/**
 * A post in the feed: its owner by the post's id in both forms, its author's screen name, and the
 * author of the post it reposts (`a.copy_author`, as public code that reads VK's feed finds it).
 */
function ownerOfFeedPost(post: Element): string[] {
  const owners = ownerOfWallPost(`wall${post.getAttribute('data-post-id') ?? ''}`);
  for (const link of [post.querySelector('.post_author a.author'), post.querySelector('a.copy_author')]) {
    const path = screenNameOf(link);
    if (path && !owners.includes(path)) owners.push(path);
  }
  return owners;
}

export function vkAdapter(document: Document): PlatformAdapter {
  return {
    currentAccounts() {
      const location = new URL(document.location.href);
      const layer = location.searchParams.get('w');
      const inLayer = layer?.startsWith('wall') ?? false;
      const owner = ownerOfWallPost(inLayer && layer ? layer : location.pathname.slice(1));
      if (owner.length > 0) {
        const author = authorScreenName(document, inLayer);
        return author && !owner.includes(author) ? [...owner, author] : owner;
      }
      const community = COMMUNITY.exec(location.pathname);
      return community ? [`/club${community[1]}`, `/public${community[1]}`] : [];
    },
    watch(changed, signal) {
      watchNavigation(changed, signal, { events: ['popstate'], pollAddressMs: POLL_ADDRESS_MS });
    },
    feed: { itemSelector: '.post[data-post-id]', ownerOf: ownerOfFeedPost },
  };
}
