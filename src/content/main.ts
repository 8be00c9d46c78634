import { extractPageSignals } from '../core/signals/extract';
import type { PageSignals } from '../core/signals/types';
import { NOT_FLAGGED } from '../core/verdict';
import { listenForMessages, sendMessage, type PageState } from '../platform/content-messages';
import { flaggedFeatures, type FlaggedFeatures } from './flagged-features';
import { startOtherSiteGuards } from './other-site-guards';

/**
 * The content script's entry (content.js), in the top frame of every web page. It carries no
 * notice and no act guards (those are content-flagged.js, loaded on flagged pages only) and no
 * polyfill. A page that is not flagged costs: one message asking for the verdict by address;
 * after DOMContentLoaded, one bounded read of the page's self-description (canonical address,
 * site name, publisher, disclaimer) and a second message only when it names anything; one message
 * for the link settings. Then, only as those settings say: link marking (a mutation observer, and
 * absolute links read in small slices when the browser is idle, classified in batches by the
 * background) and the outbound guard (paste, input, submit, keydown and click listeners on the
 * page). With both off, nothing stays on the page but the navigation listeners below.
 * A flagged page gets content-flagged.js, registered for the lists' domains so it is already here
 * when the verdict arrives, or injected on request for a page flagged any other way.
 */

let checkedUrl = '';
/** Counts checks, so an answer for an earlier check never overrides a later one. */
let checks = 0;
let pageFlagged = false;
let otherSiteGuards: AbortController | null = null;
let injection: Promise<unknown> | null = null;

function hasAnySignal(signals: PageSignals): boolean {
  return signals.canonicalHost !== null || signals.ogUrlHost !== null || signals.siteNames.length > 0
    || signals.publishers.length > 0 || signals.disclaimers.length > 0;
}

function domContentLoaded(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * By address first; a page on an unlisted host (a mirror) may still name itself in its markup,
 * read once the document is parsed. The answer carries the notice when the page is flagged.
 */
async function askPageState(url: string, ignoreDismissals = false): Promise<PageState> {
  const byAddress = await sendMessage({ type: 'page-state', url, ignoreDismissals });
  if (byAddress.flagged) return byAddress;
  await domContentLoaded();
  const signals = extractPageSignals(document);
  if (!hasAnySignal(signals) || location.href !== url) return byAddress;
  return sendMessage({ type: 'page-state', url, signals, ignoreDismissals });
}

/**
 * The flagged-page features: already here on a registered domain; otherwise the background
 * injects content-flagged.js once (scripting.executeScript resolves after the script ran).
 */
async function loadFlaggedFeatures(): Promise<FlaggedFeatures | undefined> {
  if (!flaggedFeatures()) {
    injection ??= sendMessage({ type: 'inject-flagged-features' })
      .catch(() => false)
      .finally(() => { injection = null; });
    await injection;
  }
  return flaggedFeatures();
}

/** The fragment does not change the page; a hash link must not re-check or re-show anything. */
function pageUrl(): string {
  return location.href.split('#')[0] ?? location.href;
}

function startOtherSites(): void {
  if (otherSiteGuards) return;
  const controller = new AbortController();
  otherSiteGuards = controller;
  void startOtherSiteGuards(controller.signal).catch(() => undefined);
}

function stopOtherSites(): void {
  otherSiteGuards?.abort();
  otherSiteGuards = null;
}

async function checkPage(): Promise<void> {
  const url = pageUrl();
  if (url === checkedUrl) return;
  checkedUrl = url;
  const check = ++checks;
  const isCurrent = () => check === checks && pageUrl() === url; // navigated again meanwhile: that check wins
  const state = await askPageState(location.href).catch((): PageState => ({ ...NOT_FLAGGED, notice: null }));
  if (!isCurrent()) return;
  pageFlagged = state.flagged;
  if (!state.flagged) {
    flaggedFeatures()?.stop();
    startOtherSites();
    return;
  }
  stopOtherSites();
  const features = await loadFlaggedFeatures();
  if (isCurrent()) features?.showPage(state);
}

/** The popup's "show the notice again": shown even if dismissed, until the next dismissal. */
async function showNoticeAgain(): Promise<boolean> {
  if (!pageFlagged) return false;
  const url = pageUrl();
  const state = await askPageState(location.href, true);
  if (!state.notice || pageUrl() !== url) return false;
  const features = await loadFlaggedFeatures();
  return features?.showNoticeAgain(state) ?? false;
}

function watchNavigation(): void {
  // Single-page sites change the address with history.pushState, which content scripts cannot
  // observe directly; the Navigation API reports it, popstate covers back/forward.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', () => void checkPage());
  window.addEventListener('popstate', () => void checkPage());
  // Back/forward cache: the page comes back as it was, but dismissals may have changed since.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    checkedUrl = '';
    void checkPage();
  });
}

if (window.top === window) {
  listenForMessages({
    'show-notice': showNoticeAgain,
  });
  watchNavigation();
  void checkPage();
}
