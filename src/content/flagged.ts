import type { NoticeModel } from '../core/notice/model';
import { organizationKey } from '../core/notice/organization-key';
import type { Verdict } from '../core/verdict';
import { sendMessage, type PageState } from '../platform/content-messages';
import { registerFlaggedFeatures, type FlaggedFeatures } from './flagged-features';
import { startActGuards } from './guards/start';
import { renderNotice, type NoticeView } from './notice/render';
import { createProtectedHost } from './ui/protected-host';

/**
 * The entry of content-flagged.js: the notice and the act guards, which only flagged pages load.
 * The background registers this script for the domains of its lists and injects it into a page
 * flagged any other way; the main content script (src/content/main.ts) drives it through
 * src/content/flagged-features.ts.
 */

function verdictOf(state: PageState): Verdict {
  const { notice: _notice, ...verdict } = state;
  return verdict;
}

function organizationsOf(verdict: Verdict): string {
  return verdict.flagged ? verdict.matches.map(organizationKey).join(' ') : '';
}

/** Which act guards run: a new key (other organizations, other acts) restarts them. */
function guardKey(verdict: Verdict): string {
  return verdict.flagged ? JSON.stringify([verdict.matches.map(organizationKey), verdict.acts ?? null]) : 'not flagged';
}

function leavePage(): void {
  if (history.length > 1) history.back();
  else location.replace('about:blank');
}

function createFlaggedFeatures(): FlaggedFeatures {
  /** The notice last mounted and whose organizations it named; kept after a dismissal until the page changes organizations. */
  let notice: { controller: AbortController; organizations: string } | null = null;
  let guards: { key: string; controller: AbortController } | null = null;

  function mountNotice(model: NoticeModel, organizations: string): void {
    notice?.controller.abort();
    const controller = new AbortController();
    notice = { controller, organizations };
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

  function guardActs(verdict: Verdict): void {
    const key = guardKey(verdict);
    if (guards?.key === key) return;
    guards?.controller.abort();
    const controller = new AbortController();
    guards = { key, controller };
    void startActGuards(verdict, controller.signal).catch(() => undefined);
  }

  return {
    showPage(state) {
      const verdict = verdictOf(state);
      guardActs(verdict);
      const organizations = organizationsOf(verdict);
      // Moving between pages of the same organization keeps the notice as it is, unannounced again.
      if (notice && notice.organizations === organizations) return;
      notice?.controller.abort();
      notice = null;
      if (state.notice) mountNotice(state.notice, organizations);
    },
    showNoticeAgain(state) {
      if (!state.notice) return false;
      mountNotice(state.notice, organizationsOf(verdictOf(state)));
      return true;
    },
    stop() {
      notice?.controller.abort();
      notice = null;
      guards?.controller.abort();
      guards = null;
    },
  };
}

if (window.top === window) registerFlaggedFeatures(createFlaggedFeatures);
