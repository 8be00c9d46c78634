import browser from 'webextension-polyfill';
import type { SubscriptionCopy } from '../core/settings/subscription-copy';
import type { TabRecord } from '../core/tab-state';
import type { LinkMatch } from '../core/rules/match';
import type { PageSignals } from '../core/signals/types';
import type { Verdict } from '../core/verdict';

/**
 * Every message between the extension's own contexts, by type: the request it carries and the
 * response it gets. Pages never see these (runtime messaging is extension-internal).
 */
export interface MessageMap {
  /** What the background recorded for a tab's page (flagged pages only); the popup asks. */
  'tab-status': { request: { tabId: number }; response: TabRecord | null };
  'classify-page': { request: { url: string }; response: Verdict };
  /** The verdict using what the page says about itself too (extractPageSignals in the content script). */
  'classify-signals': { request: { url: string; signals: PageSignals }; response: Verdict };
  /** Links to mark on other sites: one answer per URL, in order, null where nothing matched. */
  'classify-links': { request: { urls: string[] }; response: (LinkMatch | null)[] };
  /** Fetch one subscribed list now (after the user added it), or all of them without a url. */
  'subscriptions-refresh': { request: { url?: string }; response: SubscriptionCopy[] };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T } & MessageMap[T]['request'];
export type Handler<T extends MessageType> = (
  message: Message<T>,
  sender: browser.Runtime.MessageSender,
) => Promise<MessageMap[T]['response']> | MessageMap[T]['response'];
export type HandlerMap = { [T in MessageType]?: Handler<T> };

export function sendMessage<T extends MessageType>(message: Message<T>): Promise<MessageMap[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<MessageMap[T]['response']>;
}

/** Routes messages to handlers by type; unknown types and messages from elsewhere get no answer. */
export function listenForMessages(handlers: HandlerMap): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') return undefined;
    const message = raw as Message;
    const handler = handlers[message.type] as Handler<MessageType> | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message, sender));
  });
}
