import { addressNamedAdapter, profilePathOf } from './address-named';
import type { PlatformAdapter } from './types';

/**
 * Instagram: a profile is /<name>/, and posts are /<name>/p/<code>/ or, without the author,
 * /p/<code>/ and /reel/<code>/. For those the author is read off the open post's header, whose
 * first profile link names the account (public code that reads Instagram pages takes the author
 * from `article header a`); the dialog of a post opened over a profile or the feed comes first.
 */

const POST_WITHOUT_AUTHOR = /^\/(?:p|reel|reels|tv)\/[\w-]+\/?$/;
const NAME = /^[A-Za-z0-9._]{1,30}$/;
const RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'accounts', 'direct', 'stories', 'about', 'legal', 'developer']);
const AUTHOR_LINKS = ['[role="dialog"] article header a[href]', 'main article header a[href]', 'main header a[href]'];

export function instagramAdapter(document: Document): PlatformAdapter {
  return addressNamedAdapter(() => {
    if (!POST_WITHOUT_AUTHOR.test(document.location.pathname)) return [];
    for (const selector of AUTHOR_LINKS) {
      for (const link of document.querySelectorAll(selector)) {
        const author = profilePathOf(link.getAttribute('href'), NAME, RESERVED);
        if (author) return [author];
      }
    }
    return [];
  });
}
