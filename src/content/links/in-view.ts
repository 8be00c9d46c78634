/**
 * Which parts of a page are near the reader's view, so that link marking reads only those: a
 * page of thousands of links costs what the few screens in view cost, and the rest is read as
 * the reader scrolls to it. Reading a link at all (an element and its attribute, from a content
 * script's world) costs about a microsecond; a front page has thousands.
 *
 * A subtree is split, from the top, into blocks of at most BLOCK_LINKS links; each block is
 * watched by an IntersectionObserver and read once it comes within a screen of the view. A
 * container with too many children to watch one by one (a list of ten thousand items) is a
 * "strip": its children in view are found by position, by a binary search over their boxes, again
 * on scroll and resize. Where the browser cannot tell (no IntersectionObserver, an element with no
 * box, children not laid out top to bottom) the subtree is read at once, as if in view.
 */

export interface InViewWatcher {
  /** Reads `root`'s links now if it is in view, or once it comes into view. */
  place(root: Element): void;
}

/** Links (and embeds) in a block read together; bigger subtrees are split among their children. */
export const BLOCK_LINKS = 100;
/** Children of one container watched one by one at most; a container with more is a strip. */
const MAX_WATCHED_CHILDREN = 100;
/** Blocks watched at once at most: past that, blocks are read at once, as before. */
const MAX_WATCHED_BLOCKS = 5_000;
/** The view counts a screen above and below it, so that links are marked before they show. */
const SCREENS_AROUND = 1;
const RECHECK_MS = 100;
const EMBEDS_AND_AREAS = 'iframe, area';

function isTarget(element: Element): boolean {
  const tag = element.localName;
  return tag === 'a' || tag === 'area' || tag === 'iframe';
}

function hasNoBox(box: DOMRectReadOnly): boolean {
  return box.width === 0 && box.height === 0;
}

interface Strip {
  container: Element;
  seen: WeakSet<Element>;
}

export function watchInView(read: (root: Element) => void, signal: AbortSignal): InViewWatcher {
  if (typeof IntersectionObserver !== 'function') return { place: read };

  let watched = 0;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      // No box: hidden for now (display: none) or a box-less wrapper (display: contents). Its
      // links are few (a block): read them now, so they are marked whenever they show.
      if (!entry.isIntersecting && !hasNoBox(entry.boundingClientRect)) continue;
      observer.unobserve(entry.target);
      watched--;
      read(entry.target);
    }
  }, { rootMargin: `${SCREENS_AROUND * 100}% 0px` });

  const strips: Strip[] = [];
  let recheckTimer: ReturnType<typeof setTimeout> | null = null;

  /** Reads the children of a strip that are near the view; false when position cannot tell. */
  const readStripInView = (strip: Strip): boolean => {
    const { container, seen } = strip;
    const screen = window.innerHeight;
    const top = -SCREENS_AROUND * screen;
    const bottom = (SCREENS_AROUND + 1) * screen;
    const box = container.getBoundingClientRect();
    if (hasNoBox(box)) return false;
    if (box.bottom < top || box.top > bottom) return true;
    const children = container.children;
    // The first child whose box reaches into the view; children without a box are stepped over.
    let low = 0;
    let high = children.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      let probe = middle;
      let probeBox = children[probe]!.getBoundingClientRect();
      while (hasNoBox(probeBox) && probe + 1 < high && probe - middle < 8) probeBox = children[++probe]!.getBoundingClientRect();
      if (hasNoBox(probeBox)) return false;
      if (probeBox.bottom < top) low = probe + 1;
      else high = middle;
    }
    const near: Element[] = [];
    let previousTop = -Infinity;
    for (let i = low; i < children.length; i++) {
      const child = children[i]!;
      const childBox = child.getBoundingClientRect();
      if (!hasNoBox(childBox)) {
        if (childBox.top > bottom) break;
        // Laid out in columns or out of order: a position says nothing about the next child.
        if (childBox.top < previousTop - 1) return false;
        previousTop = childBox.top;
      }
      if (!seen.has(child)) near.push(child);
    }
    for (const child of near) {
      seen.add(child);
      placeInView(child);
    }
    return true;
  };

  const recheckStrips = () => {
    recheckTimer = null;
    if (signal.aborted) return;
    for (let i = strips.length - 1; i >= 0; i--) {
      const strip = strips[i]!;
      if (!strip.container.isConnected) {
        strips.splice(i, 1);
      } else if (!readStripInView(strip)) {
        strips.splice(i, 1);
        read(strip.container);
      }
    }
  };
  const scheduleRecheck = () => {
    if (strips.length > 0) recheckTimer ??= setTimeout(recheckStrips, RECHECK_MS);
  };
  // Capture: scrolling inside a scrolled box (a feed, a chat) counts too.
  window.addEventListener('scroll', scheduleRecheck, { capture: true, passive: true, signal });
  window.addEventListener('resize', scheduleRecheck, { passive: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (recheckTimer !== null) clearTimeout(recheckTimer);
  }, { once: true });

  /** A wrapper with one child holds the same links as its child: step down without counting again. */
  const singleChildDown = (root: Element): Element => {
    let element = root;
    while (element.childElementCount === 1 && !isTarget(element)) element = element.firstElementChild!;
    return element;
  };

  const split = (root: Element, inView: boolean): void => {
    const element = singleChildDown(root);
    if (isTarget(element)) return read(element);
    // The document and its body hold all the page's links: split without counting them (each
    // count is a walk of the whole subtree), the way any subtree with more than a block is split.
    const whole = element === document.documentElement || element === document.body;
    // Counted by the browser, without touching the elements: no wrapper is made for any of them.
    // Links are what a page has thousands of; embeds and image-map areas are few, only looked for.
    const count = whole ? Infinity : element.getElementsByTagName('a').length;
    if (count === 0 && !element.querySelector(EMBEDS_AND_AREAS)) return;
    if (count <= BLOCK_LINKS) {
      if (inView || watched >= MAX_WATCHED_BLOCKS) return read(element);
      watched++;
      observer.observe(element);
      return;
    }
    if (element.childElementCount <= MAX_WATCHED_CHILDREN) {
      // Each child is watched for itself: only the root was known to be in view.
      for (const child of Array.from(element.children)) split(child, false);
      return;
    }
    const strip: Strip = { container: element, seen: new WeakSet() };
    if (readStripInView(strip)) strips.push(strip);
    else read(element);
  };

  const placeInView = (root: Element) => split(root, true);
  return { place: (root) => split(root, false) };
}
