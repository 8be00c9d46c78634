import browser from 'webextension-polyfill';
import { pickLanguage } from '../core/i18n';
import { accountKeysOf, accountPathOf, isNoticeDismissed } from '../core/notice/dismissals';
import { buildNoticeModel, type NoticeModel } from '../core/notice/model';
import { noticeTextsFor } from '../core/notice/texts';
import { webHostOf } from '../core/rules/hosts';
import type { Verdict } from '../core/verdict';
import type { DismissScope, HandlerMap, MessageSender, PageState, PageStateRequest } from '../platform/messages';
import type { Classifier } from './classify';
import { cachedSettings, updateSettings } from '../platform/settings-store';
import { guardSetup } from './guard-setup';
import { dayOf } from '../core/settings/day';
import { isPausedFor } from '../core/tab-state';
import { forExtensionPagesOnly } from './senders';

/**
 * The notice side of a flagged page: the content script gets only what its notice needs (texts
 * resolved for the reader's language, the mode, whether it was dismissed), never the settings.
 */

/** Hosts dismissed until the browser closes; storage.session, which content scripts cannot read in Chrome. */
const SESSION_DISMISSALS_KEY = 'notice.sessionDismissedHosts';

async function sessionDismissedHosts(): Promise<string[]> {
  const stored = await browser.storage.session.get(SESSION_DISMISSALS_KEY);
  const hosts = stored[SESSION_DISMISSALS_KEY];
  return Array.isArray(hosts) ? hosts.filter((host): host is string => typeof host === 'string') : [];
}

/** The notice for a flagged verdict on `url`, or null when the reader dismissed it. */
export async function noticeFor(url: string, verdict: Verdict, ignoreDismissals = false): Promise<NoticeModel | null> {
  const host = webHostOf(url);
  if (!verdict.flagged || !host) return null;
  const [settings, sessionHosts] = await Promise.all([cachedSettings(), sessionDismissedHosts()]);
  if (!ignoreDismissals && isNoticeDismissed(settings, sessionHosts, host, verdict)) return null;
  const language = pickLanguage(navigator.languages, settings.language);
  return buildNoticeModel(verdict, noticeTextsFor(verdict, language, settings.texts), language);
}

/**
 * The verdict, and the notice only when flagged: a page that is not flagged costs no notice built.
 * The 'page-state' handler adds the guards' setup to it, so the page needs no second round trip.
 */
export async function pageState(
  classifier: Pick<Classifier, 'classifyPage' | 'classifySignals'>,
  request: PageStateRequest,
): Promise<PageState> {
  // Checked in the core (matchAccountOnPage): paths, and accounts of the page's own platform only.
  const accounts = Array.isArray(request.accounts) ? request.accounts : undefined;
  const verdict = request.signals
    ? await classifier.classifySignals(request.url, request.signals, accounts)
    : await classifier.classifyPage(request.url, accounts);
  return { ...verdict, notice: verdict.flagged ? await noticeFor(request.url, verdict, request.ignoreDismissals) : null };
}

/**
 * Remembers "don't show again" for a site, for organizations, for a platform's accounts, or until
 * the browser closes.
 */
export async function dismissNotice(
  scope: DismissScope,
  url: string,
  organizationKeys: readonly string[],
  accountKeys: readonly string[] = [],
): Promise<void> {
  const host = webHostOf(url);
  if (!host) return;
  if (scope === 'account') {
    if (accountKeys.length === 0) return;
    await updateSettings((settings) => {
      for (const key of accountKeys) if (!settings.dismissedAccounts.includes(key)) settings.dismissedAccounts.push(key);
    });
    return;
  }
  if (scope === 'session') {
    const hosts = await sessionDismissedHosts();
    if (!hosts.includes(host)) await browser.storage.session.set({ [SESSION_DISMISSALS_KEY]: [...hosts, host] });
    return;
  }
  await updateSettings((settings) => {
    if (scope === 'site') {
      const known = settings.siteExceptions.some((exception) => exception.host === host && exception.kind === 'dismissed');
      if (!known) settings.siteExceptions.push({ host, kind: 'dismissed', addedAt: dayOf(new Date()) });
    } else {
      for (const key of organizationKeys) {
        if (!settings.dismissedOrganizations.includes(key)) settings.dismissedOrganizations.push(key);
      }
    }
  });
}

/** Undoes session dismissals (the popup's "show the notice again"); site and organization ones live in settings. */
export async function forgetSessionDismissal(host: string): Promise<void> {
  const hosts = await sessionDismissedHosts();
  await browser.storage.session.set({ [SESSION_DISMISSALS_KEY]: hosts.filter((dismissed) => dismissed !== host) });
}

/**
 * Of the accounts a page asks to dismiss, those it is flagged for: the verdict is made again here
 * from the page's own address and those accounts' paths on its own platform, so a page can never
 * dismiss an account of another platform or one that is not listed.
 */
async function accountsFlaggingPage(classifier: Pick<Classifier, 'classifyPage'>, pageUrl: string, requested: unknown): Promise<string[]> {
  if (!Array.isArray(requested) || requested.length === 0) return [];
  const paths = requested.map(accountPathOf).filter((path): path is string => path !== null);
  const verdict = await classifier.classifyPage(pageUrl, paths);
  return accountKeysOf(verdict.evidence).filter((key) => requested.includes(key));
}

/** Most owners one feed question may name; a page asking about more gets answers for these. */
const MAX_FEED_OWNERS = 50;

/**
 * The verdict on each post's owner in a platform's feed, made like the page's own (its address
 * and the owner's account paths, on its own platform only), and given only where an account of
 * the owner is listed: the feed's address alone never flags a post.
 */
export async function classifyFeedOwners(classifier: Pick<Classifier, 'classifyPage'>, pageUrl: string, owners: unknown): Promise<(Verdict | null)[]> {
  if (!Array.isArray(owners)) return [];
  const settings = await cachedSettings();
  const host = webHostOf(pageUrl);
  return Promise.all(owners.slice(0, MAX_FEED_OWNERS).map(async (paths) => {
    if (!Array.isArray(paths)) return null;
    const verdict = await classifier.classifyPage(pageUrl, paths.filter((path): path is string => typeof path === 'string'));
    if (!verdict.flagged || !verdict.evidence.some((item) => item.kind === 'account')) return null;
    // The reader paused this account (or the platform): its posts are left alone too.
    return host !== null && isPausedFor(host, verdict.evidence, settings) ? null : verdict;
  }));
}

/** The page-state and notice messages, registered by src/background/main.ts. */
export function pageStateHandlers(
  classifier: Pick<Classifier, 'classifyPage' | 'classifySignals'>,
  onAnswered: (sender: MessageSender, request: PageStateRequest, state: PageState) => void = () => undefined,
): HandlerMap {
  return {
    'page-state': async (message, sender) => {
      const state = await pageState(classifier, message);
      onAnswered(sender, message, state);
      // What the page's guards need comes in the same reply: no second question, no moment unguarded.
      return { ...state, guards: await guardSetup(sender, state.evidence) };
    },
    'classify-feed-owners': (message, sender) =>
      (sender.frameId === 0 && sender.url ? classifyFeedOwners(classifier, sender.url, message.owners) : Promise.resolve([])),
    'notice-dismiss': async (message, sender) => {
      // The site dismissed is the page that asked, never one it names.
      const pageUrl = sender.frameId === 0 ? sender.url : undefined;
      if (!pageUrl) return null;
      const organizationKeys = message.organizationKeys.filter((key) => typeof key === 'string');
      await dismissNotice(message.scope, pageUrl, organizationKeys, await accountsFlaggingPage(classifier, pageUrl, message.accountKeys));
      return null;
    },
    ...forExtensionPagesOnly({
      'notice-session-dismissals': () => sessionDismissedHosts(),
      'notice-forget-session-dismissal': async (message) => {
        await forgetSessionDismissal(message.host);
        return null;
      },
    }),
  };
}
