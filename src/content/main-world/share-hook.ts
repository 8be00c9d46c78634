/**
 * Runs in the page's own JavaScript world of a flagged page only, injected by the background
 * with scripting.executeScript({ world: 'MAIN', func: installShareHook, args: [eventName] }).
 * It must stay self-contained: the browser serializes this one function, nothing around it.
 *
 * navigator.share(), window.open() and form.submit() then ask the content script first, through CustomEvents
 * of a random name carrying JSON strings (strings cross between the page's and the extension's
 * worlds in both browsers). The page can see that this hook exists (neither is native code now);
 * a page that knows the name could also answer for the content script, but such a page can call
 * its saved copies of the originals anyway: the hook guards the user against the
 * page's share buttons, not against the page itself.
 */
export function installShareHook(eventName: string): void {
  const nav = navigator as Navigator & { share?: (data?: ShareData) => Promise<void> };
  const originalShare = typeof nav.share === 'function' ? nav.share.bind(nav) : null;
  const originalOpen = window.open;
  const originalSubmit = HTMLFormElement.prototype.submit;
  const waiting = new Map<number, (proceed: boolean) => void>();
  /** window.open calls the content script holds (a share or donation window): they open on its Continue. */
  const held = new Set<number>();
  let nextId = 0;
  const tell = (message: object) => document.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify(message) }));
  document.addEventListener(eventName, (event) => {
    let message: { kind?: string; id?: number; proceed?: boolean };
    try {
      message = JSON.parse(String((event as CustomEvent).detail)) as typeof message;
    } catch {
      return;
    }
    if (message.kind === 'retire') {
      // The page is no longer flagged (a single-page site moved on): sharing is the page's again.
      if (originalShare) delete (nav as { share?: unknown }).share;
      Object.defineProperty(window, 'open', { value: originalOpen, configurable: true, writable: true });
      Object.defineProperty(HTMLFormElement.prototype, 'submit', { value: originalSubmit, configurable: true, writable: true });
      return;
    }
    if (typeof message.id !== 'number') return;
    if (message.kind === 'hold') held.add(message.id);
    if (message.kind !== 'answer') return;
    waiting.get(message.id)?.(message.proceed === true);
    waiting.delete(message.id);
  });
  if (originalShare) {
    const share = (data?: ShareData): Promise<void> => {
      const id = ++nextId;
      const answered = new Promise<boolean>((resolve) => waiting.set(id, resolve));
      tell({ kind: 'ask', id });
      return answered.then((proceed) =>
        proceed ? originalShare(data) : Promise.reject(new DOMException('Share canceled', 'AbortError')),
      );
    };
    Object.defineProperty(nav, 'share', { value: share, configurable: true, writable: true });
  }
  // A share or donation window opened by script (an icon button, a pointerup handler, a widget):
  // the content script hears of it at once (events dispatch synchronously across the worlds) and
  // holds it, opening the same address itself once the reader continues; the page gets null, as
  // from a blocked pop-up.
  const open = function (this: unknown, ...args: Parameters<typeof window.open>): Window | null {
    const [url] = args;
    if (url !== undefined && url !== null && String(url) !== '') {
      let address: string | null;
      try {
        address = new URL(String(url), document.baseURI).href;
      } catch {
        address = null;
      }
      if (address !== null) {
        const id = ++nextId;
        tell({ kind: 'open', id, url: address });
        if (held.delete(id)) return null;
      }
    }
    return originalOpen.apply(window, args);
  };
  Object.defineProperty(window, 'open', { value: open, configurable: true, writable: true });
  // form.submit() fires no submit event: the content script hears of it by an event dispatched on
  // the form (so it can read the form) and holds a comment, subscription, contact or donation form.
  const submit = function (this: HTMLFormElement): void {
    const id = ++nextId;
    this.dispatchEvent(new CustomEvent(eventName, { bubbles: true, composed: true, detail: JSON.stringify({ kind: 'submit', id }) }));
    if (held.delete(id)) return;
    originalSubmit.call(this);
  };
  Object.defineProperty(HTMLFormElement.prototype, 'submit', { value: submit, configurable: true, writable: true });
}
