import { sendRuntimeMessage, onRuntimeMessage } from './content-runtime';
import { answerMessage, type HandlerMap, type Message, type MessageMap, type MessageType } from './message-map';

/** The typed messages of src/platform/message-map.ts for content scripts, over the native runtime. */
export type { PageState } from './message-map';

export function sendMessage<T extends MessageType>(message: Message<T>): Promise<MessageMap[T]['response']> {
  return sendRuntimeMessage(message) as Promise<MessageMap[T]['response']>;
}

/** Routes messages to handlers by type; unknown types and messages from elsewhere get no answer. */
export function listenForMessages(handlers: HandlerMap): void {
  onRuntimeMessage((message, sender, ownId) => answerMessage(handlers, message, sender, ownId));
}
