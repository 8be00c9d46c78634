import type browser from 'webextension-polyfill';
import { ACTS, type Act } from '../core/acts';
import { guardTextsFor } from '../core/acts-texts';
import { isExcepted, type GuardSetup } from '../core/guard-policy';
import { pickLanguage } from '../core/i18n';
import { webHostOf } from '../core/rules/hosts';
import { isPausedFor } from '../core/tab-state';
import type { Evidence } from '../core/verdict';
import { cachedSettings, updateSettings } from '../platform/settings-store';

function senderHost(sender: browser.Runtime.MessageSender): string | null {
  return webHostOf(sender.url ?? sender.tab?.url ?? '');
}

/**
 * The part of the settings a page's guards need, and their texts in the user's language. With
 * the page's `evidence`, a platform page's paused accounts count as paused too.
 */
export async function guardSetup(
  sender: browser.Runtime.MessageSender,
  evidence: readonly Evidence[] = [],
  preferredLanguages: readonly string[] = navigator.languages,
): Promise<GuardSetup> {
  const settings = await cachedSettings();
  const language = pickLanguage(preferredLanguages, settings.language);
  const host = senderHost(sender);
  return {
    language,
    markLinks: settings.markLinks,
    guardOutboundLinks: settings.guardOutboundLinks,
    paused: host !== null && isPausedFor(host, evidence, settings),
    actExceptions: host === null ? [] : settings.actExceptions.filter((exception) => isExcepted([exception], host, exception.act)),
    texts: guardTextsFor(language),
  };
}

/** "Don't ask again for this act on this site": the site is the page that asked, never one it names. */
export async function addActException(act: unknown, sender: browser.Runtime.MessageSender): Promise<boolean> {
  const host = senderHost(sender);
  if (host === null || !(ACTS as readonly unknown[]).includes(act)) return false;
  await updateSettings((settings) => {
    if (!isExcepted(settings.actExceptions, host, act as Act)) {
      settings.actExceptions.push({ host, act: act as Act });
    }
  });
  return true;
}
