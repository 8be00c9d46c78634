import { actOfForm, actOfOpenedWindow } from '../../core/act-targets';
import type { Act } from '../../core/acts';
import { formFacts } from './element-facts';
import { askFor, isReplaying } from './intercept';
import type { Guard, GuardContext } from './types';

/**
 * What a flagged page's script does without a click or a submit event the other guards see:
 * navigator.share() (the system share sheet), window.open() of a share or donation window (an
 * icon without a label, a pointerup handler, a widget), and form.submit() (which fires no submit
 * event). A small hook in the page's own world (src/content/main-world/share-hook.ts, injected by
 * the background on flagged pages only) asks here first, by CustomEvents of a random name; events
 * dispatch synchronously across the worlds, so a hold is told before the page's call returns.
 */

interface HookMessage {
  kind?: string;
  id?: number;
  url?: string;
}

/** Asks about `act` and runs `perform` on Continue (at once where the policy only notes it). */
function askThen(context: GuardContext, act: Act, signal: AbortSignal, perform: () => void): void {
  const decision = askFor(context, act);
  const proceed = (yes: boolean) => {
    if (yes && !signal.aborted) perform();
  };
  if (decision === true) proceed(true);
  else void decision.then(proceed);
}

export const shareApiGuard: Guard = {
  id: 'share-api',
  acts: ['share', 'donate', 'comment', 'subscribe', 'contact'],
  start(context, signal) {
    // Whether the page has navigator.share is for the hook to see: the page's world may add it.
    const eventName = `rlw-${crypto.getRandomValues(new Uint32Array(2)).join('').slice(0, 16)}`;
    const tell = (message: HookMessage & { proceed?: boolean }) =>
      document.dispatchEvent(new CustomEvent(eventName, { detail: JSON.stringify(message) }));
    /** Set while this guard performs a held act itself (where the page's hooked function is its own). */
    let performing = false;
    const performHeld = (action: () => void) => {
      performing = true;
      try {
        action();
      } finally {
        performing = false;
      }
    };
    /** Holds the page's call when it performs a guarded act; a replayed control was already asked about. */
    const hold = (id: number, act: Act | null, perform: () => void) => {
      if (performing || act === null || isReplaying() || context.policyFor(act) === 'none') return;
      tell({ kind: 'hold', id });
      askThen(context, act, signal, () => performHeld(perform));
    };

    document.addEventListener(eventName, (event) => {
      let message: HookMessage;
      try {
        message = JSON.parse(String((event as CustomEvent).detail)) as HookMessage;
      } catch {
        return;
      }
      const { id } = message;
      if (typeof id !== 'number') return;
      if (message.kind === 'open' && typeof message.url === 'string') {
        const url = message.url;
        hold(id, actOfOpenedWindow(url), () => window.open(url, '_blank', 'noopener'));
      } else if (message.kind === 'submit') {
        // The hook dispatches this one on the form itself: the element crosses the worlds as the target.
        const form = event.target;
        if (!(form instanceof HTMLFormElement)) return;
        hold(id, actOfForm(formFacts(form, null)), () => HTMLFormElement.prototype.submit.call(form));
      } else if (message.kind === 'ask') {
        // A share button the click guard already asked about calls navigator.share() in its replay.
        const decision = isReplaying() ? true : askFor(context, 'share');
        if (decision === true) tell({ kind: 'answer', id, proceed: true });
        else void decision.then((proceed) => tell({ kind: 'answer', id, proceed }));
      }
    }, { capture: true, signal });
    signal.addEventListener('abort', () => tell({ kind: 'retire' }), { once: true });
    context.requestShareHook(eventName);
  },
};
