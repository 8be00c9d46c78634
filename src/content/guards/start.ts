import type { GuardSetup } from '../../core/guard-policy';
import type { Verdict } from '../../core/verdict';
import { sendMessage } from '../../platform/content-messages';
import { createHinter } from '../confirm/hint';
import { createGuardContext } from './context';
import { startGuards } from './index';

/**
 * The guards' settings and texts come from the background in one answer, so the content script
 * carries neither the settings store nor the texts of four languages.
 */
const guardSetup = (): Promise<GuardSetup> => sendMessage({ type: 'guard-setup' });

/** Starts the act guards on a flagged page; everything stops when `signal` aborts. */
export async function startActGuards(verdict: Verdict, signal: AbortSignal): Promise<void> {
  const setup = await guardSetup();
  if (signal.aborted || setup.paused) return;
  const context = createGuardContext({
    verdict,
    language: setup.language,
    texts: setup.texts,
    host: location.hostname,
    exceptions: () => setup.actExceptions,
    rememberException: ({ act }) => sendMessage({ type: 'act-exception-add', act }),
    hint: createHinter(signal, setup.language),
    requestShareHook: (eventName) => void sendMessage({ type: 'inject-share-hook', eventName }),
    signal,
  });
  startGuards(context, signal);
}
