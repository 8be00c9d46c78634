import type browser from 'webextension-polyfill';
import type { SubscriptionCopy } from '../core/settings/subscription-copy';
import type { TabRecord } from '../core/tab-state';
import type { DismissScope, NoticeModel } from '../core/notice/model';
import type { LinkMatch } from '../core/rules/match';
import type { PageSignals } from '../core/signals/types';
import type { Verdict } from '../core/verdict';
import type { Act } from '../core/acts';
import type { GuardSetup } from '../core/guard-policy';
import type { RemovedTraces } from '../core/settings/traces';

/**
 * Every message between the extension's own contexts, by type: the request it carries and the
 * response it gets. Pages never see these (runtime messaging is extension-internal).
 * Types only, so content scripts can import them without any messaging library.
 */
export interface MessageMap {
  /** What the background recorded for a tab's page (flagged pages only); the popup asks. */
  'tab-status': { request: { tabId: number }; response: TabRecord | null };
  'classify-page': { request: { url: string }; response: Verdict };
  /** The verdict using what the page says about itself too (extractPageSignals in the content script). */
  /** Links to mark on other sites: one answer per URL, in order, null where nothing matched. */
  'classify-links': { request: { urls: string[] }; response: (LinkMatch | null)[] };
  /**
   * A platform's feed (src/content/platforms/feed-guards.ts): for each post's owner, as account
   * paths on the page's own host, the verdict where that account is listed, else null.
   */
  'classify-feed-owners': { request: { owners: string[][] }; response: (Verdict | null)[] };
  /** A flagged page's content script asks for the navigator.share() hook in the page's own world. */
  'inject-share-hook': { request: { eventName: string }; response: boolean };
  /**
   * A page flagged other than by a registered domain (its markup, an account path, a domain added
   * since) asks for the flagged-page script (content-flagged.js) in its top frame.
   */
  'inject-flagged-features': { request: object; response: boolean };
  /** The settings and texts a page's act guards, link markers and outbound guard need. */
  'guard-setup': { request: object; response: GuardSetup };
  /** "Don't ask again for this act on this site", for the sending page's site. */
  'act-exception-add': { request: { act: Act }; response: boolean };
  /** Fetch one subscribed list now (after the user added it), or all of them without a url. */
  'subscriptions-refresh': { request: { url?: string }; response: SubscriptionCopy[] };
  /**
   * The content script's one question about its page: the verdict (by address, or with the page's
   * signals too) and, when flagged, the notice to show (null when dismissed); see
   * src/background/page-state.ts. The verdict is recorded for the tab like 'classify-page'.
   */
  'page-state': { request: PageStateRequest; response: PageState };
  /** "Don't show again" on this site, for these organizations, or until the browser closes. */
  'notice-dismiss': { request: { scope: DismissScope; url: string; organizationKeys: string[]; accountKeys?: string[] }; response: null };
  /** Hosts whose notice is dismissed until the browser closes (the popup lists and undoes them). */
  'notice-session-dismissals': { request: Record<string, never>; response: string[] };
  'notice-forget-session-dismissal': { request: { host: string }; response: null };
  /** The page keeps removing its notice: the background moves the tab to the warning page (src/background/fought-notice.ts). */
  'notice-fought': { request: object; response: boolean };
  /** The warning page asks what to show: the page's address and its notice, or null. */
  'warning-state': { request: object; response: { url: string; notice: NoticeModel; backTo?: string } | null };
  /** The reader continues from the warning page (after a dismissal, if one is given): the address to go to. */
  'warning-continue': { request: { dismiss?: DismissScope }; response: string | null };
  /** "Remove all traces" (options page, popup): what was removed, by kind. */
  'remove-traces': { request: object; response: RemovedTraces };
  /** Sent to a tab (browser.tabs.sendMessage): show the notice again, dismissed or not. */
  'show-notice': { request: Record<string, never>; response: boolean };
}

export interface PageStateRequest {
  url: string;
  /** What the page says about itself (extractPageSignals), for a page not flagged by its address. */
  signals?: PageSignals;
  /** The reader asked to see the notice again (popup): show it even if dismissed. */
  ignoreDismissals?: boolean;
  /**
   * On a platform, the account whose content is in front of the reader, as its paths on the
   * page's host (['/@tvrain'] for a video of that channel; a VK community as /club123 and
   * /public123), read by the platform's adapter (src/content/platforms/).
   */
  accounts?: string[];
}
/**
 * The answer to 'page-state'. `guards` is what the act guards (on a flagged page) or link marking
 * and the outbound guard (on any other) need, in the same reply; absent where a state was made
 * without asking (a prepared notice).
 */
export type PageState = Verdict & { notice: NoticeModel | null; guards?: GuardSetup };
export type { DismissScope };

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type MessageSender = browser.Runtime.MessageSender;
export type Handler<T extends MessageType> = (
  message: Message<T>,
  sender: MessageSender,
) => Promise<MessageMap[T]['response']> | MessageMap[T]['response'];
export type HandlerMap = { [T in MessageType]?: Handler<T> };

/**
 * The answer to one incoming message: its handler's, or undefined (no answer) for unknown types
 * and for messages from anyone but this extension.
 */
export function answerMessage(handlers: HandlerMap, raw: unknown, sender: MessageSender, ownId: string): Promise<unknown> | undefined {
  if (sender.id !== ownId) return undefined;
  if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') return undefined;
  const message = raw as Message;
  const handler = handlers[message.type] as Handler<MessageType> | undefined;
  if (!handler) return undefined;
  return Promise.resolve(handler(message, sender));
}
