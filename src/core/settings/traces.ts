import type { Settings } from './defaults';

/** What "Remove all traces" removed, by kind, as the options page and the popup report it. */
export interface RemovedTraces {
  /** Sites and platform accounts where the extension was paused. */
  paused: number;
  /** Notices dismissed: for a site, an organization, an account, or until the browser closes. */
  dismissed: number;
  /** "Don't ask again" choices: each is a record of an act on a flagged site. */
  allowedActs: number;
}

/**
 * The settings without anything that reads as a record of the sites the reader visited or what
 * they did there: pauses, dismissals and "don't ask again" choices. Lists, the reader's own
 * entries, texts, subscriptions and preferences stay: they say nothing of where the reader was.
 */
export function withoutTraces(settings: Settings): { settings: Settings; removed: RemovedTraces } {
  const pausedSites = settings.siteExceptions.filter((exception) => exception.kind === 'paused').length;
  return {
    settings: {
      ...settings,
      siteExceptions: [],
      dismissedOrganizations: [],
      dismissedAccounts: [],
      pausedAccounts: [],
      actExceptions: [],
    },
    removed: {
      paused: pausedSites + settings.pausedAccounts.length,
      dismissed: settings.siteExceptions.length - pausedSites + settings.dismissedOrganizations.length + settings.dismissedAccounts.length,
      allowedActs: settings.actExceptions.length,
    },
  };
}
