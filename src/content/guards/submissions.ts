import { actOfForm } from '../../core/act-targets';
import type { Act } from '../../core/acts';
import { formFacts } from './element-facts';
import { guardEvent } from './intercept';
import type { GuardContext } from './types';

const actOfSubmission = new WeakMap<Event, Act | null>();

function submittedAct(event: SubmitEvent, form: HTMLFormElement): Act | null {
  if (!actOfSubmission.has(event)) actOfSubmission.set(event, actOfForm(formFacts(form, event.submitter)));
  return actOfSubmission.get(event) ?? null;
}

/**
 * Stops submissions of forms that perform `act` (comment, newsletter, contact, donation) until
 * the user answers. "Continue" submits the same form again with the same submit button, so the
 * fields, the button's name/value and the page's own submit handlers all run as they would have.
 */
export function guardSubmissions(context: GuardContext, signal: AbortSignal, act: Act): void {
  window.addEventListener(
    'submit',
    (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || submittedAct(event, form) !== act) return;
      const submitter = event.submitter;
      guardEvent(context, act, event, () => {
        const sameButton = submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement;
        if (sameButton && submitter.form === form && submitter.isConnected) form.requestSubmit(submitter);
        else form.requestSubmit();
      });
    },
    { capture: true, signal },
  );
}
