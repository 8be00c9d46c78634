import type { GuardSetup } from '../core/guard-policy';
import { sendMessage } from '../platform/content-messages';
import { createHinter } from './confirm/hint';
import { createLinkClassifier } from './links/classifier';
import { startLinkMarking } from './links/mark-links';
import { startOutboundGuard } from './outbound/outbound-guard';

/**
 * On a page that is not flagged: marks links to flagged organizations and watches flagged links
 * leaving through the page's fields, each as the user's settings say. Nothing else runs there.
 * Everything stops when `signal` aborts. `given` is the setup that came with the page's state.
 */
export async function startOtherSiteGuards(
  signal: AbortSignal,
  takeTypedField: () => EventTarget | null = () => null,
  given?: GuardSetup,
): Promise<void> {
  // Normally given with the page's state; asked for only when the state came without it.
  const setup: GuardSetup = given ?? await sendMessage({ type: 'guard-setup' });
  const typedField = takeTypedField();
  if (signal.aborted || setup.paused || (!setup.markLinks && !setup.guardOutboundLinks)) return;
  const { language, texts } = setup;
  const classifier = createLinkClassifier((urls) => sendMessage({ type: 'classify-links', urls }));
  if (setup.markLinks) startLinkMarking({ classifier, language, texts, signal });
  if (setup.guardOutboundLinks) {
    startOutboundGuard({ classifier, language, texts, hint: createHinter(signal, language), signal, typedField });
  }
}
