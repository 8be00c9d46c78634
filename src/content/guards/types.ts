import type { Act, Policy } from '../../core/acts';
import type { GuardedAct, GuardTexts } from '../../core/acts-texts';
import type { Language } from '../../core/i18n';
import type { Verdict } from '../../core/verdict';

/** What a guard asks the user about: the act, and what the answer "Continue" will do. */
export interface ConfirmRequest {
  act: GuardedAct;
  /** The act's policy: 'block' shows the refusal with the act's risk and only a way out. */
  policy: 'confirm' | 'block';
}

/**
 * Everything a guard needs, built once per flagged page from the verdict and the settings.
 * Guards never read settings or the verdict by themselves, so tests can hand them any context.
 */
export interface GuardContext {
  verdict: Verdict;
  language: Language;
  /** Every text a guard shows, in `language`. */
  texts: GuardTexts;
  /** The first matched organization's name, in the user's language. */
  organization: string;
  /** The policy for an act on this page now, "don't ask again" choices included. */
  policyFor(act: Act): Policy;
  /** Asks the user; true means do exactly what was asked. Only one question is open at a time. */
  confirm(request: ConfirmRequest): Promise<boolean>;
  /** A short message that does not block the page and goes away by itself. */
  hint(text: string): void;
  /** Has the navigator.share() hook put into the page's own world, answering on `eventName`. */
  requestShareHook(eventName: string): void;
  /**
   * Where only part of the page is the flagged content (one account's posts in a feed): whether
   * an event is about that part. Absent on a flagged page, all of which is.
   */
  covers?(event: Event): boolean;
}

/** One guard: a module of the same shape for each act, registered in ./index.ts. */
export interface Guard {
  id: string;
  acts: readonly Act[];
  /** Starts listening; everything it set up goes away when `signal` aborts. */
  start(context: GuardContext, signal: AbortSignal): void;
}
