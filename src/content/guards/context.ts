import type { Act } from '../../core/acts';
import type { GuardTexts } from '../../core/acts-texts';
import { effectivePolicy, type ActException } from '../../core/guard-policy';
import { localize, type Language } from '../../core/i18n';
import { fillTemplate } from '../../core/notice/template';
import type { Verdict } from '../../core/verdict';
import { showConfirmDialog } from '../confirm/dialog';
import type { ConfirmRequest, GuardContext } from './types';

export interface GuardContextOptions {
  verdict: Verdict;
  language: Language;
  texts: GuardTexts;
  /** The page's host, for "don't ask again for this act on this site". */
  host: string;
  /** The user's current "don't ask again" choices. */
  exceptions: () => readonly ActException[];
  /** Stores a new "don't ask again" choice in the settings. */
  rememberException: (exception: ActException) => Promise<unknown>;
  hint: (text: string) => void;
  requestShareHook: (eventName: string) => void;
  /** The guards' lifetime: an open question is cancelled when it ends. */
  signal: AbortSignal;
  /** See GuardContext.covers: the part of the page these guards are for, where not all of it. */
  covers?: (event: Event) => boolean;
}

/** The organization a guard names, in the user's language: the first matched one. */
export function organizationName(verdict: Verdict, language: Language): string {
  const match = verdict.matches[0];
  return match ? localize(match.organization, language) : '';
}

export function createGuardContext(options: GuardContextOptions): GuardContext {
  const { verdict, language, host, texts } = options;
  const organization = organizationName(verdict, language);
  const listTitle = verdict.matches[0]?.listTitle;
  /** Choices made on this page count at once, before storage reports them back. */
  const madeHere: ActException[] = [];
  let open: Promise<boolean> | null = null;

  // On a platform "this site" is every channel and chat there: no exception is offered for it.
  const onPlatformOnly = verdict.evidence.length > 0 && verdict.evidence.every((item) => item.kind === 'account');
  const policyFor = (act: Act) => effectivePolicy(verdict, act, host, [...options.exceptions(), ...madeHere]);

  const ask = async ({ act, policy }: ConfirmRequest): Promise<boolean> => {
    const blocked = policy === 'block';
    const answer = await showConfirmDialog({
      language,
      title: texts.acts[act].title,
      organizationLine: fillTemplate(texts.ui.organization, { organization }),
      ...(listTitle ? { listLine: fillTemplate(texts.ui.list, { list: localize(listTitle, language) }) } : {}),
      risk: texts.acts[act].risk,
      ...(blocked ? { blockedNote: texts.ui.blocked } : {}),
      cancelLabel: blocked ? texts.ui.close : texts.ui.cancel,
      continueLabel: texts.ui.continue,
      ...(onPlatformOnly ? {} : { dontAskAgainLabel: texts.ui.dontAskAgain }),
    }, options.signal);
    if (blocked) return false;
    if (answer.proceed && answer.dontAskAgain) {
      const exception = { host, act: act === 'send-link' ? 'share' : act } as const;
      madeHere.push(exception);
      void options.rememberException(exception);
    }
    return answer.proceed;
  };

  return {
    verdict,
    language,
    texts,
    organization,
    policyFor,
    confirm(request) {
      // One question at a time: a page firing many clicks gets one dialog, the rest are refused.
      if (open) return Promise.resolve(false);
      open = ask(request).finally(() => {
        open = null;
      });
      return open;
    },
    hint: options.hint,
    requestShareHook: options.requestShareHook,
    ...(options.covers ? { covers: options.covers } : {}),
  };
}
