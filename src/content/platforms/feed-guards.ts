import type { GuardSetup } from '../../core/guard-policy';
import type { Verdict } from '../../core/verdict';
import { sendMessage } from '../../platform/content-messages';
import { createHinter } from '../confirm/hint';
import { createGuardContext } from '../guards/context';
import { POST_GUARDS, startGuards } from '../guards/index';
import { askGuardSetup } from '../guards/start';
import { createMarker } from '../links/markers';
import type { FeedItems } from './types';

/**
 * A feed on a platform (VK's news feed, X's timeline) shows many accounts' posts on a page that is
 * not flagged itself. Each post's owner is asked about once, as the post appears; the acts on
 * the posts of a listed account are then asked about as on its own page, naming its
 * organization, and nothing else on the page is touched. Where links are marked (the default),
 * the post's links to its listed owner get the same mark as a flagged link elsewhere, so the
 * reader sees whose post it is before acting.
 */

/** Posts read at once after the page changes; more arrive as the reader scrolls. */
const SCAN_DELAY_MS = 150;
/** Owners asked about in one message. */
const OWNERS_PER_QUESTION = 50;

const ownerKey = (paths: readonly string[]) => paths.join(' ');

/** "/tvrain" of a link to the platform's own "/tvrain/…"; null for links elsewhere. */
function firstSegmentOf(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const end = href.slice(1).search(/[/?#]/);
  return end < 0 ? href : href.slice(0, end + 1);
}

export interface FeedGuards {
  /** While the page itself is flagged its own guards ask about everything: the feed's stay quiet. */
  setPageFlagged(flagged: boolean): void;
}

export function startFeedGuards(feed: FeedItems, signal: AbortSignal): FeedGuards {
  let pageFlagged = false;
  /** The answer per owner: a flagged verdict, null for a neutral one, undefined while asked. */
  const answers = new Map<string, Verdict | null | undefined>();
  const ownerOfItem = new WeakMap<Element, string>();
  /** Some owners went unanswered: the next scan reads every post again. */
  let unanswered = false;
  let setup: Promise<GuardSetup | null> | null = null;

  const itemOf = (event: Event): Element | null => {
    const target = event.composedPath()[0] ?? event.target;
    return target instanceof Element ? target.closest(feed.itemSelector) : null;
  };
  const ownerAt = (item: Element): string => {
    let key = ownerOfItem.get(item);
    if (key === undefined) {
      key = ownerKey(feed.ownerOf(item));
      ownerOfItem.set(item, key);
    }
    return key;
  };

  let marker: ReturnType<typeof createMarker> | null = null;
  /** Marks the links of `item` that lead to its listed account (not to someone who reposted it). */
  const markOwnerLinks = (item: Element, verdict: Verdict) => {
    if (!marker) return;
    const listed = verdict.evidence.filter((evidence) => evidence.kind === 'account')
      .map((evidence) => evidence.detail.slice(evidence.detail.indexOf('/')));
    const match = {
      kind: 'account' as const,
      organizations: verdict.matches.map(({ listId, entryId, organization }) => ({ listId, entryId, name: organization })),
    };
    for (const link of item.querySelectorAll('a[href]')) {
      const path = firstSegmentOf(link.getAttribute('href') ?? '')?.toLowerCase();
      if (path !== undefined && listed.includes(path) && !marker.isMarked(link)) marker.mark(link, match);
    }
  };
  const markItemsOf = (key: string, verdict: Verdict) => {
    for (const item of document.querySelectorAll(feed.itemSelector)) if (ownerAt(item) === key) markOwnerLinks(item, verdict);
  };

  const guardOwner = async (key: string, verdict: Verdict) => {
    setup ??= askGuardSetup(signal);
    const answer = await setup;
    if (!answer || answer.paused || signal.aborted) return;
    if (answer.markLinks) {
      marker ??= createMarker(answer.language, answer.texts, signal);
      markItemsOf(key, verdict);
    }
    const context = createGuardContext({
      verdict,
      language: answer.language,
      texts: answer.texts,
      host: location.hostname,
      exceptions: () => answer.actExceptions,
      rememberException: ({ act }) => sendMessage({ type: 'act-exception-add', act }),
      hint: createHinter(signal, answer.language),
      requestShareHook: () => undefined,
      signal,
      covers: (event) => {
        if (pageFlagged) return false;
        const item = itemOf(event);
        return item !== null && ownerAt(item) === key;
      },
    });
    startGuards(context, signal, POST_GUARDS);
  };

  const ask = async (owners: string[][]) => {
    const verdicts = await sendMessage({ type: 'classify-feed-owners', owners }).catch(() => null);
    if (signal.aborted) return;
    owners.forEach((paths, index) => {
      const verdict = verdicts?.[index] ?? null;
      const key = ownerKey(paths);
      // Not answered (the background was restarting): asked again when the next posts come.
      if (verdicts === null) {
        answers.delete(key);
        unanswered = true;
      } else answers.set(key, verdict);
      if (verdict?.flagged) void guardOwner(key, verdict);
    });
  };

  const scan = () => {
    timer = null;
    const owners: string[][] = [];
    const rereadAll = unanswered;
    unanswered = false;
    for (const item of document.querySelectorAll(feed.itemSelector)) {
      if (!rereadAll && ownerOfItem.has(item)) continue; // each post is read once
      const paths = feed.ownerOf(item);
      const key = ownerKey(paths);
      ownerOfItem.set(item, key);
      const known = answers.get(key);
      if (known) markOwnerLinks(item, known);
      if (paths.length === 0 || answers.has(key)) continue;
      answers.set(key, undefined);
      owners.push(paths);
    }
    for (let start = 0; start < owners.length; start += OWNERS_PER_QUESTION) {
      void ask(owners.slice(start, start + OWNERS_PER_QUESTION));
    }
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  const scanSoon = () => {
    timer ??= setTimeout(scan, SCAN_DELAY_MS);
  };
  const observer = new MutationObserver(scanSoon);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  }, { once: true });
  scanSoon();
  return {
    setPageFlagged(flagged) {
      pageFlagged = flagged;
    },
  };
}
