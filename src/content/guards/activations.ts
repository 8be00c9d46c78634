import { actOfActivation } from '../../core/act-targets';
import type { Act } from '../../core/acts';
import { activatedElement, activationFacts, isFormSubmitter, leavingHref } from './element-facts';
import { guardEvent } from './intercept';
import type { GuardContext } from './types';

/** Each click is read once, however many guards look at it. */
const actOfClick = new WeakMap<Event, { element: HTMLElement; act: Act | null } | null>();

export function clickedAct(event: Event): { element: HTMLElement; act: Act | null } | null {
  if (actOfClick.has(event)) return actOfClick.get(event) ?? null;
  const element = activatedElement(event);
  const found = element && !isFormSubmitter(element) ? { element, act: actOfActivation(activationFacts(element)) } : null;
  actOfClick.set(event, found);
  return found;
}

/** Clicks that open a new tab cannot be replayed by a click; they are opened as asked. */
function opensNewTab(event: MouseEvent): boolean {
  return event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey;
}

/**
 * Stops clicks on links and controls that perform `act` until the user answers. "Continue"
 * clicks the same element again (same href, target, download attribute, and the page's own
 * handlers), or opens the same address in a new tab when that is what the click asked for.
 */
export function guardActivations(context: GuardContext, signal: AbortSignal, act: Act): void {
  const onClick = (event: MouseEvent) => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const found = clickedAct(event);
    if (!found || found.act !== act) return;
    const { element } = found;
    const href = leavingHref(element);
    guardEvent(context, act, event, () => {
      if (href !== null && opensNewTab(event)) window.open(href, '_blank', 'noopener');
      else element.click();
    });
  };
  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener('auxclick', onClick, { capture: true, signal });
}
