import { isHostOrSubdomainOf } from '../rules/hosts';
import type { Settings } from '../settings/defaults';
import type { Evidence, Verdict } from '../verdict';
import { organizationKey } from './organization-key';

/** A site exception or dismissal for example.org covers www.example.org too. */
export function coversHost(hosts: readonly string[], host: string): boolean {
  return hosts.some((covering) => isHostOrSubdomainOf(host, covering));
}

/** Whether the page is flagged by the accounts whose content it shows and by nothing else (a platform's page). */
export function isFlaggedByAccountsOnly(evidence: readonly Pick<Evidence, 'kind'>[]): boolean {
  return evidence.length > 0 && evidence.every((item) => item.kind === 'account');
}

/** The accounts a verdict names ("youtube.com/@tvrain"), each once: how dismissedAccounts names them. */
export function accountKeysOf(evidence: readonly Pick<Evidence, 'kind' | 'detail'>[]): string[] {
  return [...new Set(evidence.filter((item) => item.kind === 'account').map((item) => item.detail))];
}

/** The path of an account key on its platform ("youtube.com/@tvrain" is "/@tvrain"), or null. */
export function accountPathOf(key: unknown): string | null {
  if (typeof key !== 'string') return null;
  const slash = key.indexOf('/');
  return slash > 0 ? key.slice(slash) : null;
}

/**
 * Whether the reader asked not to see this page's notice: for the site (or paused the extension
 * there), until the browser closes (`sessionHosts`), for every organization the page matched,
 * or, on a platform's page flagged only by accounts, for each of those accounts (or paused them).
 */
export function isNoticeDismissed(
  settings: Pick<Settings, 'siteExceptions' | 'dismissedOrganizations' | 'dismissedAccounts' | 'pausedAccounts'>,
  sessionHosts: readonly string[],
  host: string,
  verdict: Pick<Verdict, 'matches' | 'evidence'>,
): boolean {
  const siteHosts = settings.siteExceptions.map((exception) => exception.host);
  if (coversHost(siteHosts, host) || coversHost(sessionHosts, host)) return true;
  if (verdict.matches.length > 0
    && verdict.matches.every((match) => settings.dismissedOrganizations.includes(organizationKey(match)))) return true;
  return isFlaggedByAccountsOnly(verdict.evidence)
    && accountKeysOf(verdict.evidence).every((key) => settings.dismissedAccounts.includes(key) || settings.pausedAccounts.includes(key));
}
