import type { GuardTexts } from '../../core/acts-texts';
import type { Language } from '../../core/i18n';
import type { LinkMatch } from '../../core/rules/match';
import { linkKey, type LinkClassifier } from './classifier';
import { whenIdle } from './idle';
import { createMarker } from './markers';

export interface LinkMarkingOptions {
  classifier: LinkClassifier;
  language: Language;
  texts: GuardTexts;
  signal: AbortSignal;
}

/**
 * Work per slice; the rest waits for the next idle period, so no task grows long. Idle periods
 * can be very short, or absent on a busy page (the timeout then runs the slice): the budget is
 * fixed, far below a long task (50 ms).
 */
const SLICE_BUDGET_MS = 6;
/** Links and embeds read per page at most; a page of endless scrolling stops costing after that. */
export const MAX_ELEMENTS_PER_PAGE = 50_000;
const SCANNED = 'a, area, iframe';

type Target = HTMLAnchorElement | HTMLAreaElement | HTMLIFrameElement;

/**
 * Host and path of an absolute http(s) address as the browser serializes it (lowercase host,
 * IDN already in punycode), by string slicing; the rare address with user info goes through URL.
 */
export function hostAndPath(url: string): [string, string] | null {
  const start = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : -1;
  if (start < 0) return null;
  let end = start;
  while (end < url.length && !'/?#'.includes(url[end]!)) end++;
  const authority = url.slice(start, end);
  if (authority.includes('@')) {
    try {
      const parsed = new URL(url);
      return [parsed.hostname, parsed.pathname];
    } catch {
      return null;
    }
  }
  const colon = authority.lastIndexOf(':');
  const host = colon > authority.lastIndexOf(']') ? authority.slice(0, colon) : authority;
  let pathEnd = end;
  while (pathEnd < url.length && url[pathEnd] !== '?' && url[pathEnd] !== '#') pathEnd++;
  return [host, url.slice(end, pathEnd) || '/'];
}

function isTarget(element: Element): element is Target {
  return element instanceof HTMLAnchorElement || element instanceof HTMLAreaElement || element instanceof HTMLIFrameElement;
}

/**
 * Marks links and embeds that point to flagged organizations, on pages that are not flagged
 * themselves. Only ever reads attributes (never layout), works in small idle-time slices, looks
 * at each added subtree once (no rescans), asks the background once per site, and stops after
 * MAX_ELEMENTS_PER_PAGE elements.
 */
export function startLinkMarking({ classifier, language, texts, signal }: LinkMarkingOptions): void {
  const marker = createMarker(language, texts, signal);
  const ownHost = location.hostname;
  /** Subtrees waiting to be read, a slice at a time; a subtree's elements are listed when its turn comes. */
  const queue: { root: Element; elements: ArrayLike<Element> | null; next: number }[] = [];
  const waitingFor = new Map<string, Target[]>();
  let scanned = 0;
  let cancelIdle: (() => void) | null = null;

  const apply = (element: Target, match: LinkMatch | null) => {
    if (match) marker.mark(element, match);
    else marker.unmark(element);
  };

  const read = (element: Target) => {
    scanned++;
    // One property read per element: in Firefox every read crosses a security wrapper.
    const url = element instanceof HTMLIFrameElement ? element.src : element.href;
    const parts = hostAndPath(url);
    if (parts === null) return marker.unmark(element);
    const [hostname, pathname] = parts;
    const key = linkKey(hostname, pathname);
    if (hostname === ownHost && key === hostname) return marker.unmark(element);
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
      if (head.elements === null) {
        if (isTarget(head.root)) read(head.root);
        head.elements = head.root.firstElementChild ? head.root.querySelectorAll(SCANNED) : [];
      }
      const { elements } = head;
      let count = 0;
      while (head.next < elements.length && scanned < MAX_ELEMENTS_PER_PAGE) {
        const element = elements[head.next++];
        if (element && isTarget(element)) read(element);
        // performance.now() is cheap but not free: look at the clock every 64 elements.
        if (++count % 64 === 0 && performance.now() > sliceEnd) return schedule();
      }
      queue.shift();
      if (performance.now() > sliceEnd) return schedule();
    }
    if (scanned >= MAX_ELEMENTS_PER_PAGE) observer.disconnect();
  };

  const schedule = () => {
    if (cancelIdle || signal.aborted || queue.length === 0) return;
    cancelIdle = whenIdle(work);
  };

  const enqueue = (root: Element) => queue.push({ root, elements: null, next: 0 });

  // Records are only queued here; reading waits for idle time, so typing never waits on it.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (isTarget(record.target as Element)) enqueue(record.target as Element);
      } else {
        for (const node of Array.from(record.addedNodes)) if (node instanceof Element) enqueue(node);
      }
    }
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'src'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    cancelIdle?.();
  }, { once: true });
  enqueue(document.documentElement);
  schedule();
}
