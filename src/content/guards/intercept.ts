import type { Act } from '../../core/acts';
import { actRisk, guardText, type GuardedAct } from '../../core/acts-texts';
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
  context.hint(guardText('caution', context.language, { risk: actRisk(act, context.language) }));
}

/**
 * Applies the act's policy to an event that is about to perform the act: 'none' lets it through,
 * 'notice' lets it through with a hint, 'confirm' and 'block' stop it and ask. "Continue" runs
 * `perform`, which must do exactly what the event would have done.
 */
export function guardEvent(
  context: GuardContext,
  act: Act,
  event: Event,
  perform: () => void,
  asked: GuardedAct = act as GuardedAct,
): void {
  if (replaying > 0) return;
  const policy = context.policyFor(act);
  if (policy === 'none') return;
  if (policy === 'notice') {
    cautionHint(context, asked);
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  void context.confirm({ act: asked, policy }).then((proceed) => {
    if (proceed) replay(perform);
  });
}
