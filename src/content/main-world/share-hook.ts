/**
 * Runs in the page's own JavaScript world of a flagged page only, injected by the background
 * with scripting.executeScript({ world: 'MAIN', func: installShareHook, args: [eventName] }).
 * It must stay self-contained: the browser serializes this one function, nothing around it.
 *
 * navigator.share() then asks the content script first, through CustomEvents of a random name
 * carrying JSON strings (strings cross between the page's and the extension's worlds in both
 * browsers). The page can see that this hook exists (navigator.share is no longer native code);
 * a page that knows the name could also answer for the content script, but such a page can call
 * its saved copy of the original navigator.share anyway: the hook guards the user against the
 * page's share buttons, not against the page itself.
 */
export function installShareHook(eventName: string): void {
  const nav = navigator as Navigator & { share?: (data?: ShareData) => Promise<void> };
  if (typeof nav.share !== 'function') return;
  const original = nav.share.bind(nav);
  const waiting = new Map<number, (proceed: boolean) => void>();
  let nextId = 0;
  document.addEventListener(eventName, (event) => {
    let message: { kind?: string; id?: number; proceed?: boolean };
    try {
      message = JSON.parse(String((event as CustomEvent).detail)) as typeof message;
    } catch {
      return;
    }
    if (message.kind === 'retire') {
      // The page is no longer flagged (a single-page site moved on): sharing is the page's again.
      delete (nav as { share?: unknown }).share;
      return;
    }
    if (message.kind !== 'answer' || typeof message.id !== 'number') return;
    waiting.get(message.id)?.(message.proceed === true);
    waiting.delete(message.id);
  });
  const share = (data?: ShareData): Promise<void> => {
    const id = ++nextId;
    const answered = new Promise<boolean>((resolve) => waiting.set(id, resolve));
    document.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify({ kind: 'ask', id }) }));
    return answered.then((proceed) =>
      proceed ? original(data) : Promise.reject(new DOMException('Share canceled', 'AbortError')),
    );
  };
  Object.defineProperty(nav, 'share', { value: share, configurable: true, writable: true });
}
