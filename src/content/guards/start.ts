import { isExcepted, type ActException } from '../../core/guard-policy';
import { pickLanguage } from '../../core/i18n';
import type { Verdict } from '../../core/verdict';
import { loadSettings, onSettingsChanged, updateSettings } from '../../platform/settings-store';
import { createHinter } from '../confirm/hint';
import { createGuardContext } from './context';
import { startGuards } from './index';

function rememberException(exception: ActException): Promise<unknown> {
  return updateSettings((settings) => {
    if (!isExcepted(settings.actExceptions, exception.host, exception.act)) settings.actExceptions.push(exception);
  });
}

/**
 * Starts the act guards on a flagged page: reads the user's language and "don't ask again"
 * choices, keeps them current, and stops everything when `signal` aborts.
 */
export async function startActGuards(verdict: Verdict, signal: AbortSignal): Promise<void> {
  const settings = await loadSettings();
  if (signal.aborted) return;
  let exceptions: readonly ActException[] = settings.actExceptions;
  const stopWatching = onSettingsChanged((next) => {
    exceptions = next.actExceptions;
  });
  signal.addEventListener('abort', stopWatching, { once: true });
  const language = pickLanguage(navigator.languages, settings.language);
  const context = createGuardContext({
    verdict,
    language,
    host: location.hostname,
    exceptions: () => exceptions,
    rememberException,
    hint: createHinter(signal, language),
    signal,
  });
  startGuards(context, signal);
}
