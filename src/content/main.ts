import type { NoticeModel } from '../core/notice/model';
import { organizationKey } from '../core/notice/organization-key';
import { extractPageSignals } from '../core/signals/extract';
import type { PageSignals } from '../core/signals/types';
import { NOT_FLAGGED, type Verdict } from '../core/verdict';
import { listenForMessages, sendMessage, type PageState } from '../platform/messages';
import { guardByVerdict } from './guards/start';
import { renderNotice, type NoticeView } from './notice/render';
import { currentVerdict, publishVerdict } from './page-verdict';
import { createProtectedHost } from './ui/protected-host';

/**
 * The content script's entry, in the top frame of every web page. For the notice, a page that is
 * not flagged costs one message and one bounded read of its self-description after
 * DOMContentLoaded: no DOM writes, no observers. A flagged page gets the notice as soon as the
 * background answers.
 */

let notice: AbortController | null = null;
let checkedUrl = '';

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

function verdictOf(state: PageState): Verdict {
  const { notice: _notice, ...verdict } = state;
  return verdict;
}

function leavePage(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}

function mountNotice(model: NoticeModel): void {
  notice?.abort();
  const controller = new AbortController();
  notice = controller;
  const { signal } = controller;
  // The host's watchers call back asynchronously, after `view` below exists.
  const host = createProtectedHost({
    placement: model.mode === 'interstitial' ? 'overlay' : 'top',
    signal,
    surface: () => view.surface,
    onCovered: () => view.raise(),
  });
  const view: NoticeView = renderNotice(host.root, model, {
    onDismiss(scope) {
      controller.abort();
      void sendMessage({ type: 'notice-dismiss', scope, url: location.href, organizationKeys: model.organizationKeys });
    },
    onContinue: () => controller.abort(),
    onGoBack: leavePage,
  }, signal);
}

/** The fragment does not change the page; a hash link must not re-check or re-show anything. */
function pageUrl(): string {
  return location.href.split('#')[0] ?? location.href;
}

function organizationsOf(verdict: Verdict | undefined): string {
  return verdict?.flagged ? verdict.matches.map(organizationKey).join(' ') : '';
}

async function checkPage(): Promise<void> {
  const url = pageUrl();
  if (url === checkedUrl) return;
  checkedUrl = url;
  const state = await askPageState(location.href).catch((): PageState => ({ ...NOT_FLAGGED, notice: null }));
  if (pageUrl() !== url) return; // navigated again meanwhile; that check wins
  const verdict = verdictOf(state);
  const shownFor = notice ? organizationsOf(currentVerdict()) : '';
  publishVerdict(verdict);
  // Moving between pages of the same organization keeps the notice as it is, unannounced again.
  if (shownFor !== '' && shownFor === organizationsOf(verdict)) return;
  notice?.abort();
  notice = null;
  if (state.notice) mountNotice(state.notice);
}

/** The popup's "show the notice again": shown even if dismissed, until the next dismissal. */
async function showNoticeAgain(): Promise<boolean> {
  if (!currentVerdict()?.flagged) return false;
  const url = pageUrl();
  const state = await askPageState(location.href, true);
  if (!state.notice || pageUrl() !== url) return false;
  mountNotice(state.notice);
  return true;
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
  guardByVerdict();
  void checkPage();
}
