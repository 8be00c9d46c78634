import type { PageState } from '../platform/message-map';

/**
 * What the flagged-page script (content-flagged.js) adds to a page, handed to the page's main
 * content script (content.js). The two bundles share no module state, only the isolated world's
 * global object, which page scripts cannot see; this registry is their one meeting point.
 */
export interface FlaggedFeatures {
  /** The page's verdict is flagged: show its notice (unless already shown for the same organizations) and guard its acts. */
  showPage(state: PageState): void;
  /** The reader asked for the notice again (popup): show it, dismissed or not. False when there is none. */
  showNoticeAgain(state: PageState): boolean;
  /** The page is no longer flagged (single-page navigation, settings): remove the notice, stop the guards. */
  stop(): void;
}

const REGISTRY = Symbol.for('regional-legal-warnings.flagged-features');

type Registry = { [REGISTRY]?: FlaggedFeatures };

/** The flagged-page features, once content-flagged.js has run in this page. */
export function flaggedFeatures(): FlaggedFeatures | undefined {
  return (globalThis as Registry)[REGISTRY];
}

/** Registers the features once per page; a second run of the script (registered and injected) keeps the first. */
export function registerFlaggedFeatures(create: () => FlaggedFeatures): void {
  const registry = globalThis as Registry;
  registry[REGISTRY] ??= create();
}
