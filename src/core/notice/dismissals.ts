import { isHostOrSubdomainOf } from '../rules/hosts';
import type { Settings } from '../settings/defaults';
import type { Verdict } from '../verdict';
import { organizationKey } from './organization-key';

/** A site exception or dismissal for example.org covers www.example.org too. */
export function coversHost(hosts: readonly string[], host: string): boolean {
  return hosts.some((covering) => isHostOrSubdomainOf(host, covering));
}

/**
 * Whether the reader asked not to see this page's notice: for the site (or paused the extension
 * there), until the browser closes (`sessionHosts`), or for every organization the page matched.
 */
export function isNoticeDismissed(
  settings: Pick<Settings, 'siteExceptions' | 'dismissedOrganizations'>,
  sessionHosts: readonly string[],
  host: string,
  verdict: Pick<Verdict, 'matches'>,
): boolean {
  const siteHosts = settings.siteExceptions.map((exception) => exception.host);
  if (coversHost(siteHosts, host) || coversHost(sessionHosts, host)) return true;
  return verdict.matches.length > 0
    && verdict.matches.every((match) => settings.dismissedOrganizations.includes(organizationKey(match)));
}
