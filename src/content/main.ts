import { extractPageSignals } from '../core/signals/extract';
import type { PageSignals } from '../core/signals/types';
import type { GuardSetup } from '../core/guard-policy';
import { NOT_FLAGGED } from '../core/verdict';
import { listenForMessages, sendMessage, type PageState } from '../platform/content-messages';
import { flaggedFeatures, type FlaggedFeatures } from './flagged-features';
import { startOtherSiteGuards } from './other-site-guards';
import type { PlatformAdapter } from './platforms/types';

/**
 * The content script's entry (content.js), in the top frame of every web page. It carries no
 * notice and no act guards (those are content-flagged.js) and no polyfill.
 *
 * Where content-flagged.js is registered (the lists' domains and the hosts of their accounts) the
 * page may be flagged by its address: the verdict is asked for at once, so the notice comes before
 * the page can be read. Everywhere else the question waits for the page's load event, so that it
 * can never slow the page down, and goes as one message together with the page's bounded
 * self-description (canonical address, site name, publisher, disclaimer); a mirror recognized
 * that way gets content-flagged.js injected. The same answer carries the link settings and, only as
 * those say, link marking (a mutation observer, absolute links read in small slices when the
 * browser is idle, classified in batches by the background) and the outbound guard (listeners on
 * the page). With both off, nothing stays on the page but the navigation listeners below.
 */

/** On a platform (YouTube, VK, Telegram Web), whose content is in front of the reader; null elsewhere. */
let platform: PlatformAdapter | null = null;
/** The address and account last checked: a page is checked again when either changes. */
let checkedKey = '';
/** Counts checks, so an answer for an earlier check never overrides a later one. */
let checks = 0;
let pageFlagged = false;
let otherSiteGuards: AbortController | null = null;
let injection: Promise<unknown> | null = null;
const RETRY_DELAY_MS = 1000;

function hasAnySignal(signals: PageSignals): boolean {
  return signals.canonicalHost !== null || signals.ogUrlHost !== null || signals.siteNames.length > 0
    || signals.publishers.length > 0 || signals.disclaimers.length > 0;
}

/** Resolves a task after the load event, so that nothing done then counts in the page's own load. */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => setTimeout(resolve, 0), { once: true }));
}

/**
 * Whether content-flagged.js was registered for this page's address. Both scripts are injected
 * at document_start in one go, the registered one after this one: a task later, it has run.
 */
const registeredForThisPage: Promise<boolean> = new Promise((resolve) => {
  setTimeout(() => resolve(flaggedFeatures() !== undefined), 0);
});

/**
 * The platform's adapter comes with content-flagged.js, which is registered for the platforms'
 * hosts (their accounts are in the lists): known once that script has run. It then reports the
 * platform's moves between content, which it renders a moment later.
 */
const platformKnown: Promise<void> = registeredForThisPage.then((registered) => {
  if (!registered) return;
  platform = flaggedFeatures()?.platform() ?? null;
  platform?.watch(() => void checkPage(), new AbortController().signal);
});

/**
 * At once by address where the page may be flagged by it; otherwise, and for a page on an
 * unlisted host (a mirror) that names itself in its markup, after the page has loaded. The
 * answer carries the notice when the page is flagged.
 */
async function askPageState(url: string, ignoreDismissals = false, accounts = platform?.currentAccounts() ?? []): Promise<PageState> {
  // A platform's pages describe the platform itself (its canonical, its site name): whose
  // content they show is the adapter's answer, which goes at once; no page signals are read.
  if (platform) return sendMessage({ type: 'page-state', url, ignoreDismissals, ...(accounts.length > 0 ? { accounts } : {}) });
  if (await registeredForThisPage) {
    const byAddress = await sendMessage({ type: 'page-state', url, ignoreDismissals });
    if (byAddress.flagged) return byAddress;
  }
  await pageLoaded();
  const signals = extractPageSignals(document);
  return sendMessage({ type: 'page-state', url, ignoreDismissals, ...(hasAnySignal(signals) ? { signals } : {}) });
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

/**
 * The last field the user typed into before the outbound guard started (it starts after the
 * page's load): the guard reads that field once, so a flagged link written early gets its hint.
 * Only the user's own typing counts; a page filling a field itself must learn nothing.
 */
let typedField: EventTarget | null = null;
const noteTyping = (event: Event): void => {
  if (event.isTrusted) typedField = event.target;
};

function takeTypedField(): EventTarget | null {
  document.removeEventListener('input', noteTyping, { capture: true });
  const field = typedField;
  typedField = null;
  return field;
}

function startOtherSites(setup?: GuardSetup): void {
  if (otherSiteGuards) return;
  const controller = new AbortController();
  otherSiteGuards = controller;
  void startOtherSiteGuards(controller.signal, takeTypedField, setup).catch(() => undefined).finally(takeTypedField);
}

function stopOtherSites(): void {
  otherSiteGuards?.abort();
  otherSiteGuards = null;
}

async function checkPage(): Promise<void> {
  await platformKnown;
  const url = pageUrl();
  // Read once: the question names the very accounts its key was made of.
  const accounts = platform?.currentAccounts() ?? [];
  const key = `${url} ${accounts.join(' ')}`;
  if (key === checkedKey) return;
  checkedKey = key;
  const check = ++checks;
  const isCurrent = () => check === checks && pageUrl() === url; // navigated again meanwhile: that check wins
  const state = await askPageState(location.href, false, accounts)
    // The background may be restarting: one more try a moment later.
    .catch(() => new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS)).then(() => askPageState(location.href, false, accounts)))
    .catch(() => null);
  if (!isCurrent()) return;
  // No answer at all: the page of a listed domain that had its prepared notice stays as it is.
  if (state === null && flaggedFeatures()?.showedPrepared()) {
    pageFlagged = true;
    takeTypedField();
    listenToPopup();
    return;
  }
  await applyPageState(state ?? { ...NOT_FLAGGED, notice: null }, isCurrent);
}

async function applyPageState(state: PageState, isCurrent: () => boolean): Promise<void> {
  pageFlagged = state.flagged;
  if (!state.flagged) {
    flaggedFeatures()?.stop();
    startOtherSites(state.guards);
    return;
  }
  stopOtherSites();
  takeTypedField();
  listenToPopup();
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
    checkedKey = '';
    void checkPage();
  });
}

let listeningToPopup = false;
/**
 * The popup's messages matter only on a flagged page. Listening for extension messages is not
 * free in Chromium (measured: a heavy page loaded about half again slower with the listener),
 * so a page that is not flagged never gets the listener.
 */
function listenToPopup(): void {
  if (listeningToPopup) return;
  listeningToPopup = true;
  listenForMessages({
    'show-notice': showNoticeAgain,
  });
}

if (window.top === window) {
  document.addEventListener('input', noteTyping, { capture: true, passive: true });
  watchNavigation();
  void checkPage();
}
