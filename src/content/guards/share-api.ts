import { askFor, isReplaying } from './intercept';
import type { Guard } from './types';

/**
 * navigator.share(): the page's share buttons that open the system share sheet. A small hook in
 * the page's own world (src/content/main-world/share-hook.ts, injected by the background on
 * flagged pages only) asks here first, by a CustomEvent of a random name.
 */
export const shareApiGuard: Guard = {
  id: 'share-api',
  acts: ['share'],
  start(context, signal) {
    // Whether the page has navigator.share is for the hook to see: the page's world may add it.
    const eventName = `rlw-${crypto.getRandomValues(new Uint32Array(2)).join('').slice(0, 16)}`;
    const answer = (id: number, proceed: boolean) =>
      document.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify({ kind: 'answer', id, proceed }) }));
    document.addEventListener(eventName, (event) => {
      let message: { kind?: string; id?: number };
      try {
        message = JSON.parse(String((event as CustomEvent).detail)) as typeof message;
      } catch {
        return;
      }
      const { id } = message;
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
