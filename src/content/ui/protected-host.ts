/**
 * A host element the extension owns, with a CLOSED shadow root, that a hostile page cannot silence:
 * removed, it is put back at once; restyled or given attributes, they are reset; hidden with the
 * whole page (opacity, filter, transform, zoom, mask on <html>), that is undone where the owner
 * asks (`extraCheck`); covered by a page element, the owner is told so it can raise its
 * surface into the top layer again. Page scripts
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
  /**
   * What the owner adds to each check: the notice's defense against a page hiding everything
   * around it (src/content/ui/page-hiding.ts), which the hint and the confirmation of other sites
   * do without, so that every page's script stays small.
   */
  extraCheck?: (host: HTMLElement, insideBody: boolean, ownHosts: WeakSet<Element>) => 'covered' | 'fought' | null;
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

  let checkQueued = false;
  const check = (): void => {
    checkQueued = false;
    if (signal.aborted) return;
    attach();
    resetHost();
    const extra = options.extraCheck?.(host, insideBody, ownHosts());
    if (extra === 'fought' && !fought) {
      fought = true;
      options.onFought?.();
    }
    if (options.onCovered && (extra === 'covered' || isCovered())) options.onCovered();
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
