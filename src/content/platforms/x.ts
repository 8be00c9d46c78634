import { addressNamedAdapter, profilePathOf } from './address-named';
import type { PlatformAdapter } from './types';

/**
 * X (x.com, twitter.com): a profile is /<handle>, a post /<handle>/status/<id>, both named by the
 * address. A post opened as /i/web/status/<id> names no one: its author is read off the post in
 * focus, the first post of the main column, whose author line is [data-testid="User-Name"] with a
 * link to the profile (as public code that reads X pages finds it). On the home timeline and in
 * search, each post (article[data-testid="tweet"]) is its author's, by the same line.
 */

const STATUS_WITHOUT_AUTHOR = /^\/i\/(?:web\/)?status\/\d+/;
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** First path segments that are X's own pages, not handles. */
const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'search', 'settings', 'compose', 'login', 'logout', 'signup', 'tos', 'privacy', 'hashtag']);
const POST = 'article[data-testid="tweet"]';
const AUTHOR = '[data-testid="User-Name"] a[href]';
const FOCUSED_AUTHOR = `[data-testid="primaryColumn"] ${POST} ${AUTHOR}`;

/** A post's author (the original's, for a repost: its author line is the original's). */
function authorOf(post: Element): string[] {
  const author = profilePathOf(post.querySelector(AUTHOR)?.getAttribute('href'), HANDLE, RESERVED);
  return author ? [author] : [];
}

export function xAdapter(document: Document): PlatformAdapter {
  return addressNamedAdapter(() => {
    if (!STATUS_WITHOUT_AUTHOR.test(document.location.pathname)) return [];
    const author = profilePathOf(document.querySelector(FOCUSED_AUTHOR)?.getAttribute('href'), HANDLE, RESERVED);
    return author ? [author] : [];
  }, { itemSelector: POST, ownerOf: authorOf });
}
