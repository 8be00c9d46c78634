import type { Act } from '../../core/acts';
import type { GuardedAct } from '../../core/acts-texts';
import { fillTemplate } from '../../core/notice/template';
import type { GuardContext } from './types';

/**
 * While a confirmed act is being replayed, everything it sets off passes: the page's own click
 * handler may click a hidden share link or submit a form, and must not be asked about twice.
 * Replays run synchronously (element.click(), form.requestSubmit()), so a counter suffices.
 */
let replaying = 0;

export function isReplaying(): boolean {
  return replaying > 0;
}

export function replay(action: () => void): void {
  replaying++;
  try {
    action();
  } finally {
    replaying--;
  }
}

export function cautionHint(context: GuardContext, act: GuardedAct): void {
  context.hint(fillTemplate(context.texts.ui.caution, { risk: context.texts.acts[act].risk }));
}

/**
 * The act's policy for one attempt: true lets it through now ('none', or 'notice' with a hint);
 * otherwise the user's answer to the confirmation ('confirm') or the refusal ('block').
 */
export function askFor(context: GuardContext, act: Act, asked: GuardedAct = act as GuardedAct): true | Promise<boolean> {
  const policy = context.policyFor(act);
  if (policy === 'none') return true;
  if (policy === 'notice') {
    cautionHint(context, asked);
    return true;
  }
  return context.confirm({ act: asked, policy });
}

/**
 * Applies the act's policy to an event that is about to perform the act: stops it while the
 * user is asked; "Continue" runs `perform`, which must do exactly what the event would have done.
 */
export function guardEvent(
  context: GuardContext,
  act: Act,
  event: Event,
  perform: () => void,
  asked: GuardedAct = act as GuardedAct,
): void {
  if (replaying > 0 || (context.covers && !context.covers(event))) return;
  const decision = askFor(context, act, asked);
  if (decision === true) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  void decision.then((proceed) => {
    if (proceed) replay(perform);
  });
}
