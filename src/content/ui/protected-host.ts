/**
 * A host element the extension owns, with a CLOSED shadow root, that a hostile page cannot silence:
 * removed, it is put back at once; restyled or given attributes, they are reset; hidden with the
 * whole page (opacity, filter, transform, zoom, mask on <html>), that is undone; covered by a page
 * element, the owner is told so it can raise its surface into the top layer again. Page scripts
 * cannot reach the shadow tree (closed) and page CSS cannot reach in (shadow boundary + inline
 * `all: initial !important` on the host).
 *
 *   const { root } = createProtectedHost({ placement: 'top', signal, onCovered: () => raise() });
 */

/** 'top': in the page's flow above the body (a banner). 'overlay': a zero-size fixed anchor for
 * content that lives in the top layer (a modal dialog or popover inside the shadow root). */
export type HostPlacement = 'top' | 'overlay';

export interface ProtectedHostOptions {
  placement: HostPlacement;
  /** Aborting it removes the host and stops every watcher. */
  signal: AbortSignal;
  /**
   * The element inside the shadow root that must stay visible (a banner, a dialog). When the page
   * puts something over it, `onCovered` runs so the owner can raise it again.
   */
  surface?: () => Element | null;
  onCovered?: () => void;
  /**
   * Called once when the page keeps removing the host faster than it can be put back for good
   * (a script that removes whatever it did not write): the page is fighting the notice, and
   * the owner must show it somewhere the page cannot reach.
   */
  onFought?: () => void;
}

export interface ProtectedHost {
  readonly root: ShadowRoot;
  /** Re-checks at once that the host is attached, unchanged and not covered. */
  check(): void;
}

const HOST_BASE = 'all: initial !important; display: block !important; visibility: visible !important;'
  + ' opacity: 1 !important; pointer-events: auto !important; z-index: 2147483647 !important;'
  + ' contain: none !important; clip-path: none !important; transform: none !important;'
  + ' filter: none !important; forced-color-adjust: auto !important;';
const HOST_STYLE: Record<HostPlacement, string> = {
  top: `${HOST_BASE} position: relative !important; width: auto !important; margin: 0 !important;`,
  overlay: `${HOST_BASE} position: fixed !important; top: 0 !important; left: 0 !important;`
    + ' width: 0 !important; height: 0 !important; overflow: visible !important;',
};
/** Attributes a page might set on the host to hide or disable it. */
const WATCHED_HOST_ATTRIBUTES = ['style', 'hidden', 'inert', 'class', 'popover', 'dir', 'lang', 'aria-hidden'];
/** Page changes that may hide or cover the surface. */
const WATCHED_PAGE_ATTRIBUTES = ['style', 'class', 'hidden', 'open', 'popover'];
/** Removals within REMOVAL_WINDOW_MS after which the host moves into the body, then is re-attached on a timer. */
const REMOVAL_WINDOW_MS = 1000;
const REMOVALS_BEFORE_MOVING = 3;
const REMOVALS_BEFORE_THROTTLING = 20;
/** Coalesces bursts of page changes into one check, about once per frame. */
const CHECK_DELAY_MS = 16;
/** A safety net for covers that leave no DOM trace (e.g. showPopover() on an existing element). */
const PERIODIC_CHECK_MS = 1000;

/**
 * What a page can do to <html> or <body> to hide everything in it, the host included, while the
 * host itself stays "visible": each property, whether its computed value hides, and the value
 * that undoes it. Only values no page uses for its own look count (a sepia filter does not).
 */
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
/** Children of html and body looked at for a cover that lets clicks through, at most. */
const MAX_COVER_CANDIDATES = 200;
/** Undoings of an ancestor's hiding within REMOVAL_WINDOW_MS after which the page counts as fighting. */
const UNHIDINGS_BEFORE_FOUGHT = 20;

/** Whether a computed transform shrinks what it holds to less than half its size, or flips it away. */
function transformShrinks(value: string): boolean {
  try {
    const { a, b, c, d } = new DOMMatrixReadOnly(value);
    return Math.abs(a * d - b * c) < 0.25;
  } catch {
    return false;
  }
}

/**
 * Every host the extension made in this page. The two content bundles share no module state, only
 * the isolated world's global object (page scripts cannot see it), so the set lives there.
 */
const OWN_HOSTS = Symbol.for('regional-legal-warnings.own-hosts');

function ownHosts(): WeakSet<Element> {
  const registry = globalThis as { [OWN_HOSTS]?: WeakSet<Element> };
  registry[OWN_HOSTS] ??= new WeakSet();
  return registry[OWN_HOSTS];
}

export function createProtectedHost(options: ProtectedHostOptions): ProtectedHost {
  const { placement, signal } = options;
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  ownHosts().add(host);
  const style = HOST_STYLE[placement];
  host.setAttribute('style', style);

  // A page that keeps removing the host from one place gets it in another: first next to the
  // body, then inside it. Re-attachment is rate-limited so two observers cannot spin forever.
  let insideBody = false;
  let recentRemovals: number[] = [];
  let attachQueued = false;
  let fought = false;

  const isInPlace = (): boolean => {
    const html = document.documentElement;
    const body = document.body;
    if (insideBody && body) return host.parentNode === body;
    if (placement === 'top' && body?.parentNode === html) return host.parentNode === html && host.nextSibling === body;
    return host.parentNode === html;
  };

  const attachNow = (): void => {
    const html = document.documentElement;
    if (!html || isInPlace()) return;
    const body = document.body;
    if (insideBody && body) body.prepend(host);
    else if (placement === 'top' && body?.parentNode === html) html.insertBefore(host, body);
    // Before the parser creates <body> it appends it after us, so a top host still ends up first.
    else html.append(host);
  };

  const attach = (): void => {
    if (isInPlace()) return;
    if (!host.isConnected) {
      const now = performance.now();
      recentRemovals = recentRemovals.filter((time) => now - time < REMOVAL_WINDOW_MS);
      recentRemovals.push(now);
      if (recentRemovals.length > REMOVALS_BEFORE_MOVING) insideBody = true;
      if (recentRemovals.length > REMOVALS_BEFORE_THROTTLING) {
        if (!fought) {
          fought = true;
          options.onFought?.();
        }
        if (!attachQueued) {
          attachQueued = true;
          setTimeout(() => {
            attachQueued = false;
            if (!signal.aborted) attachNow();
          }, CHECK_DELAY_MS);
        }
        return;
      }
    }
    attachNow();
  };

  const resetHost = (): void => {
    for (const name of host.getAttributeNames()) {
      if (name !== 'style') host.removeAttribute(name);
    }
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
  };

  const isCovered = (): boolean => {
    const surface = options.surface?.();
    if (!surface || !host.isConnected) return false;
    const rect = surface.getBoundingClientRect();
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, window.innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, window.innerHeight);
    if (right - left < 2 || bottom - top < 2) return false; // scrolled out of view: nothing to cover
    const points: [number, number][] = [
      [(left + right) / 2, (top + bottom) / 2],
      [left + 1, top + 1],
      [right - 1, bottom - 1],
    ];
    // Hit testing retargets shadow content to the host, so the host is what must be on top. The
    // extension's own surfaces (a confirmation over the notice) are no cover: raising above them
    // would hide the question the user must answer.
    const hosts = ownHosts();
    return points.some(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && hit !== host && !hosts.has(hit);
    });
  };

  /**
   * Undoes what hides the host's ancestors (html, and body when the host is inside it), with
   * inline !important values, which win over the page's style sheets. A page that keeps undoing
   * that is fighting the notice, as one that keeps removing it.
   */
  let recentUnhidings: number[] = [];
  const unhideAncestors = (): void => {
    const ancestors = [document.documentElement, insideBody ? document.body : null];
    for (const ancestor of ancestors) {
      if (!ancestor) continue;
      const computed = getComputedStyle(ancestor);
      for (const { property, hides, reset } of HIDING) {
        if (!hides(computed.getPropertyValue(property))) continue;
        ancestor.style.setProperty(property, reset, 'important');
        const now = performance.now();
        recentUnhidings = recentUnhidings.filter((time) => now - time < REMOVAL_WINDOW_MS);
        recentUnhidings.push(now);
        if (recentUnhidings.length > UNHIDINGS_BEFORE_FOUGHT && !fought) {
          fought = true;
          options.onFought?.();
        }
      }
    }
  };

  /**
   * A page element over the surface that hit testing skips (pointer-events: none lets clicks
   * through, so elementFromPoint never returns it), e.g. a full-screen white layer. Only the
   * children of html and body are looked at: a few style reads per check.
   */
  const hasPassThroughCover = (): boolean => {
    const surface = options.surface?.();
    if (!surface || !host.isConnected || surface.matches(':popover-open, :modal')) return false;
    const area = surface.getBoundingClientRect();
    if (area.width < 2 || area.height < 2) return false;
    const candidates = [...document.documentElement.children, ...(document.body?.children ?? [])];
    const hosts = ownHosts();
    return candidates.slice(0, MAX_COVER_CANDIDATES).some((element) => {
      if (element === host || hosts.has(element) || element === document.body || element === document.head) return false;
      const style = getComputedStyle(element);
      if (style.pointerEvents !== 'none' || style.visibility !== 'visible' || Number(style.opacity) < 0.1) return false;
      if (style.position !== 'fixed' && style.position !== 'absolute' && style.position !== 'sticky') return false;
      const rect = element.getBoundingClientRect();
      const overlap = Math.max(0, Math.min(rect.right, area.right) - Math.max(rect.left, area.left))
        * Math.max(0, Math.min(rect.bottom, area.bottom) - Math.max(rect.top, area.top));
      return overlap > 0.5 * area.width * area.height;
    });
  };

  let checkQueued = false;
  const check = (): void => {
    checkQueued = false;
    if (signal.aborted) return;
    attach();
    resetHost();
    unhideAncestors();
    if (options.onCovered && (isCovered() || hasPassThroughCover())) options.onCovered();
  };
  const queueCheck = (): void => {
    if (checkQueued || signal.aborted) return;
    checkQueued = true;
    // A timer, not requestAnimationFrame: a page that changes nothing visible produces no frames.
    setTimeout(check, CHECK_DELAY_MS);
  };

  // Removal and attribute changes are undone in the observer's microtask, before the next paint.
  const hostWatcher = new MutationObserver(() => {
    if (signal.aborted) return;
    attach();
    resetHost();
    queueCheck();
  });
  const observeHost = (): void => {
    hostWatcher.observe(host, { attributes: true, attributeFilter: WATCHED_HOST_ATTRIBUTES });
    hostWatcher.observe(document, { childList: true, subtree: true });
  };
  const pageWatcher = new MutationObserver(queueCheck);

  attach();
  observeHost();
  pageWatcher.observe(document, { attributes: true, subtree: true, attributeFilter: WATCHED_PAGE_ATTRIBUTES });
  // Non-bubbling events still pass through the capture phase on their way to the page's element.
  for (const type of ['toggle', 'fullscreenchange', 'transitionend', 'animationend']) {
    document.addEventListener(type, queueCheck, { capture: true, signal });
  }
  window.addEventListener('resize', queueCheck, { signal });
  const timer = setInterval(queueCheck, PERIODIC_CHECK_MS);

  signal.addEventListener('abort', () => {
    hostWatcher.disconnect();
    pageWatcher.disconnect();
    clearInterval(timer);
    host.remove();
  }, { once: true });

  return { root, check };
}

/**
 * Adds a listener that runs only for events the user caused: a page can dispatch synthetic clicks
 * and key presses (`isTrusted` false) but must not be able to answer the notice for the user.
 */
export function onTrustedEvent<K extends keyof HTMLElementEventMap>(
  target: HTMLElement | ShadowRoot | Document | Window,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
  options: AddEventListenerOptions & { signal: AbortSignal },
): void {
  target.addEventListener(type, (event) => {
    if (!event.isTrusted) return;
    listener(event as HTMLElementEventMap[K]);
  }, options);
}
