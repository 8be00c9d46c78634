import type { GuardTexts } from '../../core/acts-texts';
import type { Language } from '../../core/i18n';
import type { LinkMatch } from '../../core/rules/match';
import { isAccountPlatform, linkKey, type LinkClassifier } from './classifier';
import { whenIdle } from './idle';
import { watchInView } from './in-view';
import { createMarker } from './markers';

export interface LinkMarkingOptions {
  classifier: LinkClassifier;
  language: Language;
  texts: GuardTexts;
  signal: AbortSignal;
  /** Subtrees queued at most before watching stops; MAX_QUEUED_PER_PAGE unless given. */
  queueBudget?: number;
}

/**
 * Work per slice; the rest waits for the next idle period, so no task grows long. Idle periods
 * can be very short, or absent on a busy page (the timeout then runs the slice): the budget is
 * fixed, far below a long task (50 ms).
 */
const SLICE_BUDGET_MS = 6;
const MARK_BATCH_MS = 150;
/** Links and embeds read per page at most; a page of endless scrolling stops costing after that. */
export const MAX_ELEMENTS_PER_PAGE = 50_000;
/**
 * Added or changed subtrees queued per page at most: an app that re-renders without end, with few
 * links or none, stops costing after that too (the link budget alone would never run out there).
 */
export const MAX_QUEUED_PER_PAGE = 100_000;
/**
 * Only elements with an absolute address are listed: the browser filters out relative links (most
 * links of a page, all to its own site) before the script ever touches them.
 */
const SCANNED = ['a', 'area', 'iframe']
  .flatMap((tag) => ['http" i', '//"'].map((prefix) => `${tag}[${tag === 'iframe' ? 'src' : 'href'}^="${prefix}]`))
  .join(', ');

type Target = HTMLAnchorElement | HTMLAreaElement | HTMLIFrameElement;

/**
 * The absolute http(s) address an element points to, from its attribute as written. Relative
 * addresses point to this site (a page's <base> aside) and are skipped without being resolved:
 * reading the attribute is cheaper than the resolved `href`, and most links are relative.
 */
export function externalAddress(element: Target): string | null {
  // Links carry href, embeds src: one attribute read for a link, the common case.
  const raw = element.getAttribute('href') ?? element.getAttribute('src');
  if (raw === null || raw.length < 10) return null;
  if (raw.charCodeAt(0) === 47 /* / */ && raw.charCodeAt(1) === 47) return `https:${raw}`;
  return isHttp(raw) ? raw : null;
}

/** "http://" or "https://" in any case, without making a lowercase copy. */
function isHttp(raw: string): boolean {
  const lower = (index: number) => raw.charCodeAt(index) | 32;
  if (lower(0) !== 104 /* h */ || lower(1) !== 116 /* t */ || lower(2) !== 116 || lower(3) !== 112 /* p */) return false;
  const colon = lower(4) === 115 /* s */ ? 5 : 4;
  return raw.charCodeAt(colon) === 58 /* : */ && raw.charCodeAt(colon + 1) === 47 && raw.charCodeAt(colon + 2) === 47;
}

/**
 * The classification key of an absolute http(s) address (see linkKey), by string slicing; the
 * rare address with user info goes through URL. Hosts are compared lowercase, as browsers do.
 */
export function keyOfAddress(url: string): string | null {
  const start = url.charCodeAt(4) === 58 /* : */ ? 7 : 8;
  let end = start;
  while (end < url.length) {
    const code = url.charCodeAt(end);
    if (code === 47 /* / */ || code === 63 /* ? */ || code === 35 /* # */) break;
    end++;
  }
  let host = url.slice(start, end).toLowerCase();
  if (host.includes('@')) {
    try {
      const parsed = new URL(url);
      return linkKey(parsed.hostname, parsed.pathname);
    } catch {
      return null;
    }
  }
  const colon = host.lastIndexOf(':');
  if (colon > host.lastIndexOf(']')) host = host.slice(0, colon);
  if (host === '') return null;
  if (!isAccountPlatform(host)) return host;
  const path = url.slice(end).split(/[?#]/, 1)[0] || '/';
  // A platform's script address (VK's widget_post.php, a post or video widget) names the account
  // it shows in its query, which the background reads: such an address is its own key.
  return path.endsWith('.php') ? url : linkKey(host, path);
}

/** By tag name, not instanceof: cheaper from a content script's world, and elements are HTML here. */
function isTarget(element: Element): element is Target {
  const tag = element.localName;
  return (tag === 'a' || tag === 'area' || tag === 'iframe') && element.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/**
 * Marks links and embeds that point to flagged organizations, on pages that are not flagged
 * themselves. Only ever reads attributes (never layout), works in small idle-time slices, looks
 * at each added subtree once (no rescans), asks the background once per site, and stops after
 * MAX_ELEMENTS_PER_PAGE elements.
 */
export function startLinkMarking({ classifier, language, texts, signal, queueBudget = MAX_QUEUED_PER_PAGE }: LinkMarkingOptions): void {
  const marker = createMarker(language, texts, signal);
  const ownHost = location.hostname;
  /**
   * Subtrees waiting, a slice at a time: to be placed (read when in view, see in-view.ts) or to be
   * read; a subtree's elements are listed when its turn comes.
   */
  const queue: { root: Element; place: boolean; elements: ArrayLike<Element> | null; next: number }[] = [];
  const waitingFor = new Map<string, Target[]>();
  let scanned = 0;
  let queued = 0;
  let cancelIdle: (() => void) | null = null;

  /**
   * Marks are written together, at most once per MARK_BATCH_MS: each write to the page makes the
   * browser restyle and repaint, which on a large page costs far more than reading the links.
   */
  const changes = new Map<Target, LinkMatch | null>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    flushTimer = null;
    if (signal.aborted) return;
    for (const [element, match] of changes) {
      if (match) marker.mark(element, match);
      else marker.unmark(element);
    }
    changes.clear();
  };
  const apply = (element: Target, match: LinkMatch | null) => {
    if (!match && !marker.isMarked(element) && !changes.has(element)) return;
    changes.set(element, match);
    flushTimer ??= setTimeout(flush, MARK_BATCH_MS);
  };
  signal.addEventListener('abort', () => {
    if (flushTimer !== null) clearTimeout(flushTimer);
  }, { once: true });

  const read = (element: Target) => {
    scanned++;
    const url = externalAddress(element);
    const key = url === null ? null : keyOfAddress(url);
    if (url === null || key === null || key === ownHost) return apply(element, null);
    const known = classifier.known(key);
    if (known !== undefined) return apply(element, known);
    const waiting = waitingFor.get(key);
    if (waiting) return void waiting.push(element);
    waitingFor.set(key, [element]);
    void classifier.lookup(key, url).then((match) => {
      const elements = waitingFor.get(key) ?? [];
      waitingFor.delete(key);
      if (signal.aborted) return;
      for (const waitingElement of elements) apply(waitingElement, match);
    });
  };

  const work = () => {
    cancelIdle = null;
    const sliceEnd = performance.now() + SLICE_BUDGET_MS;
    while (queue.length > 0 && scanned < MAX_ELEMENTS_PER_PAGE && !signal.aborted) {
      const head = queue[0]!;
      if (head.elements === null && !head.root.isConnected) {
        // Removed again before its turn (re-rendered): nothing of it is on the page to mark.
        queue.shift();
        continue;
      }
      if (head.place) {
        queue.shift();
        inView.place(head.root);
        continue;
      }
      if (head.elements === null) {
        if (isTarget(head.root)) read(head.root);
        head.elements = head.root.firstElementChild ? head.root.querySelectorAll(SCANNED) : [];
      }
      const { elements } = head;
      let count = 0;
      while (head.next < elements.length && scanned < MAX_ELEMENTS_PER_PAGE) {
        // The list holds only a, area and iframe elements with an absolute address (SCANNED).
        const element = elements[head.next++] as Target | undefined;
        if (element) read(element);
        // performance.now() is cheap but not free: look at the clock every 64 elements.
        if (++count % 64 === 0 && performance.now() > sliceEnd) return schedule();
      }
      queue.shift();
      if (performance.now() > sliceEnd) return schedule();
    }
    if (scanned >= MAX_ELEMENTS_PER_PAGE) stopWatching();
  };

  /** Budget spent: no more changes are watched; what is queued is still read, up to the link budget. */
  const stopWatching = () => observer.disconnect();

  const schedule = () => {
    if (cancelIdle || signal.aborted || queue.length === 0) return;
    cancelIdle = whenIdle(work);
  };

  const enqueue = (root: Element, place = true) => {
    if (++queued > queueBudget) return stopWatching();
    queue.push({ root, place, elements: null, next: 0 });
  };
  const inView = watchInView((root) => {
    enqueue(root, false);
    schedule();
  }, signal);

  // Records are only queued here; reading waits for idle time, so typing never waits on it.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        // A changed address of a link already read: read again at once.
        if (isTarget(record.target as Element)) enqueue(record.target as Element, false);
      } else {
        for (const node of Array.from(record.addedNodes)) if (node.nodeType === Node.ELEMENT_NODE) enqueue(node as Element);
      }
    }
    schedule();
  });
  const watch = () => {
    if (signal.aborted) return;
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'src'] });
    enqueue(document.documentElement);
    schedule();
  };
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelIdle?.();
  }, { once: true });
  if (document.readyState === 'loading') {
    // While the page is parsed, every element it adds would be a change to look at: what is there
    // now is marked now, the rest once the whole document is in (a subtree placed twice is read once
    // it is in view; a link read twice gets the same mark).
    enqueue(document.documentElement);
    schedule();
    document.addEventListener('DOMContentLoaded', watch, { once: true, signal });
  } else {
    watch();
  }
}
