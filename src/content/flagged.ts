import { pickLanguage, type Language } from '../core/i18n';
import type { GuardSetup } from '../core/guard-policy';
import { jsonEqual } from '../core/json-equal';
import type { NoticeModel } from '../core/notice/model';
import { organizationKey } from '../core/notice/organization-key';
import type { Verdict } from '../core/verdict';
import { sendMessage, type PageState } from '../platform/content-messages';
import { flaggedFeatures, registerFlaggedFeatures, type FlaggedFeatures } from './flagged-features';
import { startActGuards } from './guards/start';
import { platformAdapterFor } from './platforms';
import { startFeedGuards, type FeedGuards } from './platforms/feed-guards';
import type { PlatformAdapter } from './platforms/types';
import { readPreparedNotice } from './prepared-notice';
import { renderNotice, type NoticeView } from './notice/render';
import { pageHidingCheck } from './ui/page-hiding';
import { createProtectedHost } from './ui/protected-host';

/**
 * The entry of content-flagged.js: the notice and the act guards, which only flagged pages load.
 * The background registers this script for the domains of its lists and injects it into a page
 * flagged any other way; the main content script (src/content/main.ts) drives it through
 * src/content/flagged-features.ts.
 */

function verdictOf(state: PageState): Verdict {
  const { notice: _notice, guards: _guards, ...verdict } = state;
  return verdict;
}

function organizationsOf(verdict: Verdict): string {
  return verdict.flagged ? verdict.matches.map(organizationKey).join(' ') : '';
}

/** Which act guards run: a new key (other organizations, other acts) restarts them. */
function guardKey(verdict: Verdict): string {
  return verdict.flagged ? JSON.stringify([verdict.matches.map(organizationKey), verdict.acts ?? null]) : 'not flagged';
}

function isSameNotice(shown: NoticeModel, answer: NoticeModel | null): boolean {
  return answer !== null && jsonEqual(shown, answer);
}

function leavePage(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}

/** What the cover says while the verdict is on its way; a moment at most. */
const COVER_TEXT: Record<Language, string> = {
  en: 'Checking this page…',
  ru: 'Проверяем страницу…',
  uk: 'Перевіряємо сторінку…',
  be: 'Правяраем старонку…',
};
/** Past this, the cover goes even without a verdict, so a failure can never lock a page. */
const COVER_LIMIT_MS = 10_000;


/** An opaque cover over the whole page, in the reader's colour scheme, until `signal` aborts. */
function mountCover(signal: AbortSignal): void {
  const surface = document.createElement('div');
  const host = createProtectedHost({ placement: 'overlay', signal, surface: () => surface });
  const style = document.createElement('style');
  style.textContent = ':host{color-scheme:light dark}'
    + 'div{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;'
    + 'background:Canvas;color:GrayText;font:16px system-ui,sans-serif;z-index:2147483647}';
  surface.setAttribute('role', 'status');
  surface.textContent = COVER_TEXT[pickLanguage(navigator.languages)];
  host.root.append(style, surface);
}

/** Calls `replaced` each time the page swaps its root element (document.open(), then write). */
function onDocumentReplaced(replaced: () => void): void {
  let root = document.documentElement;
  new MutationObserver(() => {
    const current = document.documentElement;
    if (!current || current === root) return;
    root = current;
    replaced();
  }).observe(document, { childList: true });
}

function createFlaggedFeatures(): FlaggedFeatures {
  let cover: AbortController | null = null;
  const removeCover = (): void => {
    cover?.abort();
    cover = null;
  };

  /**
   * The notice last mounted and whose organizations it named; kept after a dismissal until the
   * page changes organizations. `provisional` while it is the prepared one, not yet confirmed.
   */
  let notice: { controller: AbortController; organizations: string; model: NoticeModel; provisional: boolean } | null = null;
  /** Whether the background has answered for this page; a prepared notice read later is ignored. */
  let answered = false;
  let showedPrepared = false;
  let guards: { key: string; controller: AbortController } | null = null;
  /** On a platform, its adapter (made once); its feed's posts are guarded while the page itself is not flagged. */
  let platform: PlatformAdapter | null | undefined;
  const platformHere = () => (platform === undefined ? (platform = platformAdapterFor(location.hostname)) : platform);
  /** Started the first time the page is not flagged, then kept, with what it learnt, for the page's life. */
  let feedGuards: { controller: AbortController; guards: FeedGuards; pageFlagged: boolean } | null = null;
  const guardFeed = (pageFlagged: boolean) => {
    const feed = platformHere()?.feed;
    if (feed && !feedGuards && !pageFlagged) {
      const controller = new AbortController();
      feedGuards = { controller, guards: startFeedGuards(feed, controller.signal), pageFlagged };
    }
    feedGuards?.guards.setPageFlagged(pageFlagged);
    if (feedGuards) feedGuards.pageFlagged = pageFlagged;
  };

  function mountNotice(model: NoticeModel, organizations: string, provisional = false): void {
    notice?.controller.abort();
    const controller = new AbortController();
    notice = { controller, organizations, model, provisional };
    const { signal } = controller;
    // The host's watchers call back asynchronously, after `view` below exists.
    const host = createProtectedHost({
      placement: model.mode === 'interstitial' ? 'overlay' : 'top',
      signal,
      surface: () => view.surface,
      onCovered: () => view.raise(),
      // The page removes the notice as fast as it comes back: the warning moves to the extension's own page.
      onFought: () => void sendMessage({ type: 'notice-fought' }).catch(() => undefined),
      extraCheck: pageHidingCheck(() => view.surface),
    });
    const view: NoticeView = renderNotice(host.root, model, {
      onDismiss(scope) {
        controller.abort();
        void sendMessage({
          type: 'notice-dismiss', scope, url: location.href, organizationKeys: model.organizationKeys, accountKeys: model.accountKeys,
        });
      },
      onContinue: () => controller.abort(),
      onGoBack: leavePage,
    }, signal);
  }

  /** What the running guards were started with, to start them again on a rewritten document. */
  let guardedWith: [Verdict, GuardSetup | null, boolean] = [{ flagged: false, matches: [], evidence: [] }, null, false];
  /** `setup` is the prepared one, or the background's own when `answered`. */
  function guardActs(verdict: Verdict, setup: GuardSetup | null = null, answered = false, again = false): void {
    const key = guardKey(verdict);
    if (guards?.key === key && !again) return;
    guards?.controller.abort();
    const controller = new AbortController();
    guards = { key, controller };
    guardedWith = [verdict, setup, answered];
    void startActGuards(verdict, controller.signal, setup, answered).catch(() => undefined);
  }

  /**
   * document.open() erases every listener of the window, the document and its nodes, the
   * notice's and the guards' included: after the page rewrote itself, they start again on the
   * same answer. The notice's host puts itself back; its buttons would not work without this.
   */
  onDocumentReplaced(() => {
    if (guards) guardActs(...guardedWith, true);
    if (notice && !notice.controller.signal.aborted) mountNotice(notice.model, notice.organizations, notice.provisional);
    if (feedGuards) {
      const { pageFlagged } = feedGuards;
      feedGuards.controller.abort();
      feedGuards = null;
      guardFeed(pageFlagged);
    }
  });

  return {
    showPage(state) {
      answered = true;
      guardFeed(true); // the whole page is guarded now
      const verdict = verdictOf(state);
      guardActs(verdict, state.guards ?? null, state.guards !== undefined);
      const organizations = organizationsOf(verdict);
      // Moving between pages of the same organization keeps the notice as it is, unannounced
      // again; a prepared notice stays only if the answer gives the very same one.
      // A notice the reader already answered (dismissed, continued) is never put back either.
      const keep = notice !== null && notice.organizations === organizations
        && (!notice.provisional || notice.controller.signal.aborted || isSameNotice(notice.model, state.notice));
      if (keep && notice) {
        notice.provisional = false;
      } else {
        notice?.controller.abort();
        notice = null;
        if (state.notice) mountNotice(state.notice, organizations);
      }
      // The interstitial (or nothing, if dismissed) is in place: the cover has done its work.
      removeCover();
    },
    showPrepared(state, guardSetup = null) {
      if (answered || notice || !state.notice) return;
      showedPrepared = true;
      guardActs(verdictOf(state), guardSetup);
      mountNotice(state.notice, organizationsOf(verdictOf(state)), true);
      removeCover();
    },
    showNoticeAgain(state) {
      if (!state.notice) return false;
      mountNotice(state.notice, organizationsOf(verdictOf(state)));
      return true;
    },
    showedPrepared: () => showedPrepared,
    stop() {
      answered = true;
      removeCover();
      notice?.controller.abort();
      notice = null;
      guards?.controller.abort();
      guards = null;
      guardFeed(false);
    },
    platform: platformHere,
    cover() {
      if (cover) return;
      const controller = new AbortController();
      cover = controller;
      mountCover(controller.signal);
      setTimeout(() => {
        if (cover === controller) removeCover();
      }, COVER_LIMIT_MS);
    },
  };
}

if (window.top === window) {
  registerFlaggedFeatures(createFlaggedFeatures);
  // Registered at document_start on a listed domain (not injected later into a mirror).
  if (document.readyState === 'loading') {
    void readPreparedNotice(location.href).then((prepared) => {
      if (!prepared) return;
      const { guards: guardSetup, ...state } = prepared;
      flaggedFeatures()?.showPrepared(state, guardSetup);
    }, () => undefined);
  }
}
