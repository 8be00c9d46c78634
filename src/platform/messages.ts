import browser from 'webextension-polyfill';
import { answerMessage, type HandlerMap, type Message, type MessageMap, type MessageType } from './message-map';

/**
 * Messaging for the extension's pages and the background, over webextension-polyfill. Content
 * scripts use src/platform/content-messages.ts instead, which carries no polyfill.
 */
export type * from './message-map';

export function sendMessage<T extends MessageType>(message: Message<T>): Promise<MessageMap[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<MessageMap[T]['response']>;
}

/** Routes messages to handlers by type; unknown types and messages from elsewhere get no answer. */
export function listenForMessages(handlers: HandlerMap): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) =>
    answerMessage(handlers, raw, sender, browser.runtime.id));
}
