/** How long after a navigation the new content may still be rendering: checked again at these delays. */
const RECHECK_AFTER_MS = [300, 1500];

interface NavigationSignals {
  /** Events on window (capture phase: also those dispatched on any element) that mean a navigation. */
  events?: string[];
  /**
   * For a platform with no navigation event of its own, in a browser without the Navigation
   * API: how often the address is compared with the last one seen (a string comparison).
   */
  pollAddressMs?: number;
}

/**
 * Calls `changed` at once, on each navigation the platform signals, and a few times after each
 * while the new content renders, until `signal` aborts. Nothing here depends on the Navigation
 * API, which Firefox ESR 140 does not have.
 */
export function watchNavigation(changed: () => void, signal: AbortSignal, { events = [], pollAddressMs }: NavigationSignals): void {
  let timers: ReturnType<typeof setTimeout>[] = [];
  const navigated = () => {
    for (const timer of timers) clearTimeout(timer);
    changed();
    timers = RECHECK_AFTER_MS.map((delay) => setTimeout(changed, delay));
  };
  for (const type of events) window.addEventListener(type, navigated, { capture: true, signal });
  // What the server rendered (the first content's owner, its microdata) is all there once parsed.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', navigated, { once: true, signal });
  let poll: ReturnType<typeof setInterval> | null = null;
  // Where the browser reports same-document navigations (the Navigation API: Chromium, Firefox
  // 147+), that report replaces comparing the address; Firefox ESR 140 compares.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation && pollAddressMs !== undefined) {
    navigation.addEventListener('navigatesuccess', navigated, { signal });
  } else if (pollAddressMs !== undefined) {
    let address = location.href;
    poll = setInterval(() => {
      if (location.href === address) return;
      address = location.href;
      navigated();
    }, pollAddressMs);
  }
  signal.addEventListener('abort', () => {
    timers.forEach(clearTimeout);
    if (poll !== null) clearInterval(poll);
  }, { once: true });
  navigated();
}
