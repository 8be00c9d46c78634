import browser from 'webextension-polyfill';
import type { HandlerMap, MessageType } from '../platform/messages';

/** The extension's own pages (popup, options, welcome), as opposed to content scripts in web pages. */
export function isExtensionPage(sender: browser.Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

/**
 * Handlers that only the extension's pages may call: a content script runs inside a web page, so
 * whatever it asks is treated as coming from that page and never reaches these.
 */
export function forExtensionPagesOnly(handlers: HandlerMap): HandlerMap {
  const guarded: HandlerMap = {};
  for (const type of Object.keys(handlers) as MessageType[]) {
    const handler = handlers[type] as NonNullable<HandlerMap[MessageType]>;
    (guarded as Record<MessageType, unknown>)[type] = (message: never, sender: browser.Runtime.MessageSender) => {
      if (!isExtensionPage(sender)) throw new Error(`${type} is answered for the extension's own pages only`);
      return handler(message, sender);
    };
  }
  return guarded;
}
