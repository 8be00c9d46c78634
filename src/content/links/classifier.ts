import type { LinkMatch } from '../../core/rules/match';

/** Asks the background about links: one answer per URL, in order (the 'classify-links' message). */
export type ClassifyLinks = (urls: string[]) => Promise<(LinkMatch | null)[]>;

/** Hosts where lists name accounts, not whole sites: the first path segments matter there. */
const ACCOUNT_PLATFORMS = new Set([
  't.me', 'telegram.me', 'youtube.com', 'vk.com', 'facebook.com', 'x.com', 'twitter.com', 'instagram.com', 'ok.ru', 'tiktok.com',
]);
const BATCH_SIZE = 500;
/** A page with more distinct sites or accounts than this gets the rest unmarked: cost stays bounded. */
export const MAX_KEYS_PER_PAGE = 5_000;

function withoutWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host.startsWith('m.') ? host.slice(2) : host;
}

export function isAccountPlatform(host: string): boolean {
  return ACCOUNT_PLATFORMS.has(withoutWww(host));
}

/**
 * What decides a link's answer: its host, or on account platforms its host and first two path
 * segments. Links with the same key share one question to the background.
 */
export function linkKey(hostname: string, pathname: string): string {
  const host = hostname.toLowerCase();
  if (!isAccountPlatform(host)) return host;
  return host + pathname.toLowerCase().split('/', 3).join('/');
}

export interface LinkClassifier {
  /** The answer if known: a match, null for none, undefined when not asked yet. */
  known(key: string): LinkMatch | null | undefined;
  /** Asks (batched with other questions of the same moment) and caches the answer. */
  lookup(key: string, url: string): Promise<LinkMatch | null>;
}

export function createLinkClassifier(classify: ClassifyLinks): LinkClassifier {
  const answers = new Map<string, LinkMatch | null>();
  const waiting = new Map<string, { url: string; resolve: ((match: LinkMatch | null) => void)[] }>();
  let asked = 0;
  let flushQueued = false;

  const flush = async () => {
    flushQueued = false;
    const batch = [...waiting.entries()].slice(0, BATCH_SIZE);
    for (const [key] of batch) waiting.delete(key);
    if (waiting.size > 0) queueFlush();
    let results: (LinkMatch | null)[] = [];
    try {
      results = await classify(batch.map(([, entry]) => entry.url));
    } catch {
      // The background is restarting or gone (extension updated): these links stay unmarked.
    }
    batch.forEach(([key, entry], index) => {
      const match = results[index] ?? null;
      answers.set(key, match);
      for (const resolve of entry.resolve) resolve(match);
    });
  };
  const queueFlush = () => {
    if (flushQueued) return;
    flushQueued = true;
    queueMicrotask(() => void flush());
  };

  return {
    known: (key) => answers.get(key),
    lookup(key, url) {
      const answer = answers.get(key);
      if (answer !== undefined) return Promise.resolve(answer);
      return new Promise((resolve) => {
        const entry = waiting.get(key);
        if (entry) {
          entry.resolve.push(resolve);
          return;
        }
        if (asked >= MAX_KEYS_PER_PAGE) {
          resolve(null);
          return;
        }
        asked++;
        waiting.set(key, { url, resolve: [resolve] });
        queueFlush();
      });
    },
  };
}
