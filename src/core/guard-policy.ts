import type { Act, ActPolicy, Policy } from './acts';
import type { GuardTexts } from './acts-texts';
import type { Language } from './i18n';
import type { Verdict } from './verdict';
import { isHostOrSubdomainOf } from './rules/hosts';

/**
 * What the guards do on a flagged page whose verdict carries no act policy (an older list format):
 * the same as the bundled Russian list, the strictest one we ship.
 */
export const DEFAULT_ACT_POLICY: ActPolicy = {
  read: 'none',
  share: 'confirm',
  like: 'confirm',
  comment: 'confirm',
  save: 'confirm',
  copy: 'notice',
  print: 'notice',
  download: 'notice',
  donate: 'block',
  contact: 'confirm',
  subscribe: 'confirm',
};

export interface ActException {
  host: string;
  act: Act;
}

/** What a content script's guards need from the settings, in one answer from the background. */
export interface GuardSetup {
  language: Language;
  markLinks: boolean;
  guardOutboundLinks: boolean;
  /** The user paused the extension on this site: no guard runs. */
  paused: boolean;
  actExceptions: ActException[];
  texts: GuardTexts;
}

/** Whether the user chose "don't ask again" for this act on this host (or a parent domain). */
export function isExcepted(exceptions: readonly ActException[], host: string, act: Act): boolean {
  return exceptions.some(
    (exception) => exception.act === act && isHostOrSubdomainOf(host, exception.host),
  );
}

/**
 * The policy a guard applies: the verdict's (strictest over the matched lists, after the user's
 * overrides), softened to nothing where the user said "don't ask again". A block stays a block:
 * only the list's policy in the options can lift it.
 */
export function effectivePolicy(
  verdict: Pick<Verdict, 'acts'>,
  act: Act,
  host: string,
  exceptions: readonly ActException[],
): Policy {
  const policy = verdict.acts?.[act] ?? DEFAULT_ACT_POLICY[act];
  if (policy === 'block' || policy === 'none') return policy;
  return isExcepted(exceptions, host, act) ? 'none' : policy;
}
