import { ACTS } from '../acts';
import type { GuardTexts } from '../acts-texts';
import { isExcepted, type ActException, type GuardSetup } from '../guard-policy';
import { LANGUAGES, type Language } from '../i18n';
import type { Verdict } from '../verdict';
import { coversHost } from './dismissals';
import type { NoticeModel } from './model';

/**
 * Page states prepared in advance for the listed domains, so that the flagged-page script can
 * show the notice at document_start, before the page can be read, without waiting for the
 * background. Every page on such a domain gets the same verdict (nothing there is decided by its
 * path). One storage entry per domain, read in one go: the notice as the background would give
 * it, the verdict with only what the page's notice and act guards use of each match, and
 * `exceptHosts`, the subdomains where the reader dismissed or paused the notice for good.
 */
export type PreparedState = Verdict & { notice: NoticeModel };
export type DomainNotice = PreparedState & { exceptHosts: string[] };

export const PREPARED_NOTICE_PREFIX = 'notice.prepared.v1:';
export const domainNoticeKey = (host: string) => `${PREPARED_NOTICE_PREFIX}domain:${host}`;

function isDomainNotice(value: unknown): value is DomainNotice {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<DomainNotice>;
  return stored.flagged === true && Array.isArray(stored.matches) && Array.isArray(stored.evidence)
    && typeof stored.notice === 'object' && stored.notice !== null
    && Array.isArray(stored.exceptHosts) && stored.exceptHosts.every((host) => typeof host === 'string');
}

/**
 * The prepared state for `host`, from what storage holds under its suffixes' keys: only when
 * exactly one well-formed entry is found and the host is not one of its exceptions. Anything else
 * (none, several, a shape from another version) leaves the page to the background's answer.
 */
export function preparedStateFor(host: string, stored: Readonly<Record<string, unknown>>): PreparedState | null {
  const found = Object.values(stored).filter((value) => value !== undefined);
  const only = found.length === 1 ? found[0] : undefined;
  if (!isDomainNotice(only) || coversHost(only.exceptHosts, host)) return null;
  const { exceptHosts: _exceptHosts, ...state } = only;
  return state;
}

/**
 * What the act guards need beside the verdict, prepared with the notices so that they hold from
 * document_start on a listed domain: the guards' texts in the reader's language, written by the
 * background for the extension's `version`. The user's act exceptions are read from their own
 * settings key, never copied here.
 */
export const PREPARED_GUARDS_KEY = `${PREPARED_NOTICE_PREFIX}guards`;
export const ACT_EXCEPTIONS_KEY = 'settings.actExceptions';

export interface PreparedGuards {
  version: string;
  language: Language;
  texts: GuardTexts;
}

/** An object of strings only (at least one): texts written by this version's background. */
function isStringRecord(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null) return false;
  const values = Object.values(value);
  return values.length > 0 && values.every((text) => typeof text === 'string');
}

/**
 * Checked by shape only: the texts of every language stay out of the page's bundle, and the
 * version check stands for the keys (the same version's background writes the same ones).
 */
function isPreparedGuards(value: unknown, version: string): value is PreparedGuards {
  if (typeof value !== 'object' || value === null) return false;
  const stored = value as Partial<PreparedGuards>;
  const texts = stored.texts as Partial<GuardTexts> | undefined;
  return stored.version === version && (LANGUAGES as readonly unknown[]).includes(stored.language)
    && typeof texts === 'object' && texts !== null && isStringRecord(texts.ui)
    && typeof texts.acts === 'object' && texts.acts !== null && Object.keys(texts.acts).length > 0
    && Object.values(texts.acts).every((act) => isStringRecord(act) && typeof act.title === 'string' && typeof act.risk === 'string');
}

function isActException(value: unknown): value is ActException {
  if (typeof value !== 'object' || value === null) return false;
  const { host, act } = value as Partial<ActException>;
  return typeof host === 'string' && (ACTS as readonly unknown[]).includes(act);
}

/** The stored exceptions that apply on `host` (its own, or a parent domain's), well-formed ones only. */
function actExceptionsFor(stored: unknown, host: string): ActException[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(isActException).filter((exception) => isExcepted([exception], host, exception.act));
}

/**
 * The guard setup for `host` from the prepared guards and the stored act exceptions, or null when
 * nothing usable is prepared (none yet, another version's): the guards then wait for the
 * background. Link marking and the outbound guard never run on a flagged page, hence off.
 */
export function preparedGuardSetup(host: string, guards: unknown, actExceptions: unknown, version: string): GuardSetup | null {
  if (!isPreparedGuards(guards, version)) return null;
  return {
    language: guards.language,
    markLinks: false,
    guardOutboundLinks: false,
    paused: false,
    actExceptions: actExceptionsFor(actExceptions, host),
    texts: guards.texts,
  };
}
