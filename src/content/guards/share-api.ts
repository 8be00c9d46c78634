import { actOfOpenedWindow } from '../../core/act-targets';
import { askFor, isReplaying } from './intercept';
import type { Guard } from './types';

/**
 * navigator.share() and window.open(): the page's share buttons that open the system share sheet
 * or a share or donation window from script, however they are wired (an icon without a label, a
 * pointerup handler, a widget). A small hook in the page's own world
 * (src/content/main-world/share-hook.ts, injected by the background on flagged pages only) asks
 * here first, by a CustomEvent of a random name.
 */
export const shareApiGuard: Guard = {
  id: 'share-api',
  acts: ['share', 'donate'],
  start(context, signal) {
    // Whether the page has navigator.share is for the hook to see: the page's world may add it.
    const eventName = `rlw-${crypto.getRandomValues(new Uint32Array(2)).join('').slice(0, 16)}`;
    const answer = (id: number, proceed: boolean) =>
      document.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify({ kind: 'answer', id, proceed }) }));
    /** Set while this guard opens a held window itself (where the page's hooked open is its own). */
    let openingHeld = false;
    /** Runs while the page's window.open() waits: a hold must be told before this returns. */
    const holdOpenedWindow = (id: number, url: string) => {
      if (openingHeld) return;
      const act = actOfOpenedWindow(url);
      // A control the click guard asked about opens its window in the replay: already answered.
      if (act === null || isReplaying() || context.policyFor(act) === 'none') return;
      document.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify({ kind: 'hold', id }) }));
      const decision = askFor(context, act);
      const openIt = (proceed: boolean) => {
        if (!proceed || signal.aborted) return;
        openingHeld = true;
        try {
          window.open(url, '_blank', 'noopener');
        } finally {
          openingHeld = false;
        }
      };
      if (decision === true) openIt(true);
      else void decision.then(openIt);
    };
    document.addEventListener(eventName, (event) => {
      let message: { kind?: string; id?: number; url?: string };
      try {
        message = JSON.parse(String((event as CustomEvent).detail)) as typeof message;
      } catch {
        return;
      }
      const { id } = message;
      if (message.kind === 'open' && typeof id === 'number' && typeof message.url === 'string') {
        holdOpenedWindow(id, message.url);
        return;
      }
      if (message.kind !== 'ask' || typeof id !== 'number') return;
      // A share button the click guard already asked about calls navigator.share() in its replay.
      const decision = isReplaying() ? true : askFor(context, 'share');
      if (decision === true) answer(id, true);
      else void decision.then((proceed) => answer(id, proceed));
    }, { signal });
    signal.addEventListener('abort', () => {
      document.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify({ kind: 'retire' }) }));
    }, { once: true });
    context.requestShareHook(eventName);
  },
};
