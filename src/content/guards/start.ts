import type { GuardSetup } from '../../core/guard-policy';
import { jsonEqual } from '../../core/json-equal';
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

/** Waits before asking again when the background could not answer (it was restarting). */
const RETRY_DELAYS_MS = [500, 2_000, 5_000];

/** The background's setup, asked again a few times if it fails; null when it never came or the guards stopped. */
export async function askGuardSetup(signal: AbortSignal): Promise<GuardSetup | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await guardSetup();
    } catch {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || signal.aborted) return null;
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (signal.aborted) return null;
    }
  }
}

/** What the guards do with a setup: a new setup that differs in any of these restarts them. */
const behaviour = ({ language, paused, actExceptions, texts }: GuardSetup) => ({ language, paused, actExceptions, texts });

/**
 * Starts the act guards on a flagged page; everything stops when `signal` aborts. With the
 * setup of the background's answer (`answered`) they start on it and ask nothing. With a
 * `prepared` setup (read with the prepared notice) they hold at once, before the background can
 * answer; its answer then replaces that setup where it differs (a pause, an exception, the
 * language). A failed question is asked again, since a restarting background answers a moment
 * later; without any answer, the prepared guards stay: they fail closed.
 */
export async function startActGuards(
  verdict: Verdict,
  signal: AbortSignal,
  prepared: GuardSetup | null = null,
  answered = false,
): Promise<void> {
  let running: AbortController | null = null;
  const run = (setup: GuardSetup) => {
    running?.abort();
    running = null;
    if (signal.aborted || setup.paused) return;
    const controller = new AbortController();
    running = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    const context = createGuardContext({
      verdict,
      language: setup.language,
      texts: setup.texts,
      host: location.hostname,
      exceptions: () => setup.actExceptions,
      rememberException: ({ act }) => sendMessage({ type: 'act-exception-add', act }),
      hint: createHinter(controller.signal, setup.language),
      requestShareHook: (eventName) => void sendMessage({ type: 'inject-share-hook', eventName }),
      signal: controller.signal,
    });
    startGuards(context, controller.signal);
  };
  if (prepared) run(prepared);
  // The setup came with the background's answer for the page: nothing more to ask.
  if (prepared && answered) return;
  const answer = await askGuardSetup(signal);
  if (answer === null || (prepared && jsonEqual(behaviour(prepared), behaviour(answer)))) return;
  run(answer);
}
