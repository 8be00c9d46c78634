import type { GuardSetup } from '../../core/guard-policy';
import type { Verdict } from '../../core/verdict';
import { sendMessage } from '../../platform/messages';
import { createHinter } from '../confirm/hint';
import { createLinkClassifier } from '../links/classifier';
import { startLinkMarking } from '../links/mark-links';
import { startOutboundGuard } from '../outbound/outbound-guard';
import { onVerdict } from '../page-verdict';
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

/**
 * On a page that is not flagged: marks links to flagged organizations and watches flagged links
 * leaving through the page's fields, each as the user's settings say. Nothing else runs there.
 */
export async function startOtherSiteGuards(signal: AbortSignal): Promise<void> {
  const setup = await guardSetup();
  if (signal.aborted || setup.paused || (!setup.markLinks && !setup.guardOutboundLinks)) return;
  const { language, texts } = setup;
  const classifier = createLinkClassifier((urls) => sendMessage({ type: 'classify-links', urls }));
  if (setup.markLinks) startLinkMarking({ classifier, language, texts, signal });
  if (setup.guardOutboundLinks) {
    startOutboundGuard({ classifier, language, texts, hint: createHinter(signal, language), signal });
  }
}

function verdictKey(verdict: Verdict): string {
  if (!verdict.flagged) return 'not flagged';
  return JSON.stringify([verdict.matches.map((m) => `${m.listId}/${m.entryId}`), verdict.acts ?? null]);
}

/**
 * Follows the page's verdict (src/content/page-verdict.ts): act guards while it is flagged, link
 * marking and the outbound guard while it is not; a changed verdict stops one and starts the other.
 */
export function guardByVerdict(): void {
  let running: { key: string; controller: AbortController } | null = null;
  onVerdict((verdict) => {
    const key = verdictKey(verdict);
    if (running?.key === key) return;
    running?.controller.abort();
    const controller = new AbortController();
    running = { key, controller };
    if (verdict.flagged) void startActGuards(verdict, controller.signal).catch(() => undefined);
    else void startOtherSiteGuards(controller.signal).catch(() => undefined);
  });
}
