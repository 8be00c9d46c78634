/**
 * What the notice adds to its protected host against a page that hides everything around it
 * while the host itself stays "visible": the page's root made transparent, filtered, shrunk,
 * zoomed away, masked or clipped, or a full-screen layer laid over it that lets clicks through
 * (pointer-events: none, which hit testing skips). Only the notice's script carries it.
 */
export interface PageHidingDefense {
  /**
   * Undoes what hides `ancestors` (html, and body when the host is inside it) with inline
   * !important values, which win over the page's style sheets. True once the page keeps redoing
   * it, which is fighting the notice as a page that keeps removing it is.
   */
  unhideAncestors(ancestors: readonly (HTMLElement | null)[]): boolean;
  /** Whether a click-through layer among html's and body's children covers most of `surface`. */
  passThroughCover(host: Element, surface: Element, isOwn: (element: Element) => boolean): boolean;
}

/** Each property, whether its computed value hides, and the value that undoes it. Only values
 * no page uses for its own look count (a sepia filter does not). */
const HIDING: { property: string; hides: (value: string) => boolean; reset: string }[] = [
  { property: 'opacity', hides: (value) => Number(value) < 0.5, reset: '1' },
  { property: 'filter', hides: (value) => /opacity\(0?\.[0-4]|opacity\(0\)|brightness\(0?\.[01]|brightness\(0\)|blur\((?:[3-9]|\d{2,})/.test(value), reset: 'none' },
  { property: 'transform', hides: (value) => value !== 'none' && transformShrinks(value), reset: 'none' },
  { property: 'zoom', hides: (value) => Number(value) < 0.5, reset: '1' },
  { property: 'mask-image', hides: (value) => value !== 'none' && value !== '', reset: 'none' },
  { property: '-webkit-mask-image', hides: (value) => value !== 'none' && value !== '', reset: 'none' },
  { property: 'clip-path', hides: (value) => value !== 'none' && value !== '', reset: 'none' },
  { property: 'content-visibility', hides: (value) => value === 'hidden', reset: 'visible' },
];
/** Undoings within WINDOW_MS after which the page counts as fighting. */
const UNHIDINGS_BEFORE_FOUGHT = 20;
const WINDOW_MS = 1000;
/** Children of html and body looked at for a cover that lets clicks through, at most. */
const MAX_COVER_CANDIDATES = 200;

/** Whether a computed transform shrinks what it holds to less than half its size, or flips it away. */
function transformShrinks(value: string): boolean {
  try {
    const { a, b, c, d } = new DOMMatrixReadOnly(value);
    return Math.abs(a * d - b * c) < 0.25;
  } catch {
    return false;
  }
}

export function createPageHidingDefense(): PageHidingDefense {
  let recentUnhidings: number[] = [];
  return {
    unhideAncestors(ancestors) {
      for (const ancestor of ancestors) {
        if (!ancestor) continue;
        const computed = getComputedStyle(ancestor);
        for (const { property, hides, reset } of HIDING) {
          if (!hides(computed.getPropertyValue(property))) continue;
          ancestor.style.setProperty(property, reset, 'important');
          const now = performance.now();
          recentUnhidings = recentUnhidings.filter((time) => now - time < WINDOW_MS);
          recentUnhidings.push(now);
        }
      }
      return recentUnhidings.length > UNHIDINGS_BEFORE_FOUGHT;
    },
    passThroughCover(host, surface, isOwn) {
      if (surface.matches(':popover-open, :modal')) return false;
      const area = surface.getBoundingClientRect();
      if (area.width < 2 || area.height < 2) return false;
      const candidates = [...document.documentElement.children, ...(document.body?.children ?? [])];
      return candidates.slice(0, MAX_COVER_CANDIDATES).some((element) => {
        if (element === host || isOwn(element) || element === document.body || element === document.head) return false;
        const style = getComputedStyle(element);
        if (style.pointerEvents !== 'none' || style.visibility !== 'visible' || Number(style.opacity) < 0.1) return false;
        if (style.position !== 'fixed' && style.position !== 'absolute' && style.position !== 'sticky') return false;
        const rect = element.getBoundingClientRect();
        const overlap = Math.max(0, Math.min(rect.right, area.right) - Math.max(rect.left, area.left))
          * Math.max(0, Math.min(rect.bottom, area.bottom) - Math.max(rect.top, area.top));
        return overlap > 0.5 * area.width * area.height;
      });
    },
  };
}

/**
 * The notice's check for its protected host (`extraCheck`): undoes a hidden page, and tells a
 * click-through cover over `surface`, or a page that keeps hiding itself (fighting the notice).
 */
export function pageHidingCheck(surface: () => Element | null) {
  const defense = createPageHidingDefense();
  return (host: HTMLElement, insideBody: boolean, ownHosts: WeakSet<Element>): 'covered' | 'fought' | null => {
    if (defense.unhideAncestors([document.documentElement, insideBody ? document.body : null])) return 'fought';
    const shown = surface();
    const covered = shown !== null && host.isConnected && defense.passThroughCover(host, shown, (element) => ownHosts.has(element));
    return covered ? 'covered' : null;
  };
}
