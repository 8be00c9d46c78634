import type { GuardSetup } from '../core/guard-policy';
import type { PageState } from '../platform/message-map';
import type { PlatformAdapter } from './platforms/types';

/**
 * What the flagged-page script (content-flagged.js) adds to a page, handed to the page's main
 * content script (content.js). The two bundles share no module state, only the isolated world's
 * global object, which page scripts cannot see; this registry is their one meeting point.
 */
export interface FlaggedFeatures {
  /** The page's verdict is flagged: show its notice (unless already shown for the same organizations) and guard its acts. */
  showPage(state: PageState): void;
  /**
   * The notice prepared for this page's domain, read at document_start: shown at once unless the
   * background's answer came first. Until that answer confirms it, it is provisional. The act
   * guards start with it, on `guardSetup` when one was prepared too.
   */
  showPrepared(state: PageState, guardSetup?: GuardSetup | null): void;
  /** The reader asked for the notice again (popup): show it, dismissed or not. False when there is none. */
  showNoticeAgain(state: PageState): boolean;
  /** Whether the prepared notice was shown on this page (the reader may have dismissed it since). */
  showedPrepared(): boolean;
  /** The page is no longer flagged (single-page navigation, settings): remove the notice, stop the guards. */
  stop(): void;
  /** Covers the page until its verdict arrives (interstitial mode: no unwarned content may show). */
  cover(): void;
  /**
   * The adapter of the platform this page is on (YouTube, VK, Telegram Web), or null. Adapters
   * come with this script, which is registered for the platforms' hosts, so that every other
   * page's content script carries none of their code.
   */
  platform(): PlatformAdapter | null;
}

const REGISTRY = Symbol.for('regional-legal-warnings.flagged-features');
const COVER_REQUESTED = Symbol.for('regional-legal-warnings.cover-requested');

type Registry = { [REGISTRY]?: FlaggedFeatures; [COVER_REQUESTED]?: boolean };

/**
 * content-cover.js, registered for the domains whose notice is an interstitial, asks for the page
 * to be covered from document_start until its verdict arrives. The two scripts may run in either
 * order: whichever comes second acts.
 */
export function requestCover(): void {
  const registry = globalThis as Registry;
  registry[COVER_REQUESTED] = true;
  registry[REGISTRY]?.cover();
}

export function coverRequested(): boolean {
  return (globalThis as Registry)[COVER_REQUESTED] === true;
}

/** The flagged-page features, once content-flagged.js has run in this page. */
export function flaggedFeatures(): FlaggedFeatures | undefined {
  return (globalThis as Registry)[REGISTRY];
}

/** Registers the features once per page; a second run of the script (registered and injected) keeps the first. */
export function registerFlaggedFeatures(create: () => FlaggedFeatures): void {
  const registry = globalThis as Registry;
  if (registry[REGISTRY]) return;
  const features = create();
  registry[REGISTRY] = features;
  if (coverRequested()) features.cover();
}
