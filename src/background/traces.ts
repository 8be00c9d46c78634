import browser from 'webextension-polyfill';
import { withoutTraces, type RemovedTraces } from '../core/settings/traces';
import { updateSettings } from '../platform/settings-store';

/** storage.session keys that hold per-site data: dismissals until the browser closes, tab records, tab histories, warnings. */
const SESSION_TRACE_KEYS = ['notice.sessionDismissedHosts', 'notice.foughtPasses', 'notice.tabSites'];
const SESSION_TRACE_PREFIXES = ['tab.', 'notice.warning.'];

/**
 * "Remove all traces": every pause, dismissal and "don't ask again" choice in the settings, and
 * what storage.session keeps of the tabs. The prepared notices and the registered script follow
 * the settings (src/background/rules-index.ts rebuilds both when they change).
 */
export async function removeAllTraces(): Promise<RemovedTraces> {
  let removed: RemovedTraces = { paused: 0, dismissed: 0, allowedActs: 0 };
  await updateSettings((settings) => {
    const result = withoutTraces(settings);
    removed = result.removed;
    return result.settings;
  });
  const session = await browser.storage.session.get(null);
  const sessionDismissals = session['notice.sessionDismissedHosts'];
  if (Array.isArray(sessionDismissals)) removed = { ...removed, dismissed: removed.dismissed + sessionDismissals.length };
  const keys = Object.keys(session).filter((key) =>
    SESSION_TRACE_KEYS.includes(key) || SESSION_TRACE_PREFIXES.some((prefix) => key.startsWith(prefix)));
  if (keys.length > 0) await browser.storage.session.remove(keys);
  return removed;
}
