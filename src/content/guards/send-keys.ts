import type { GuardContext } from './types';
import { guardEvent } from './intercept';
import { editableField, fieldText, isSendKey, type Field } from '../outbound/fields';

/**
 * After "Continue", the same key is pressed again by script; a composer that ignores keys a
 * script made needs the reader's own key: for this long the next Enter in that field passes.
 */
const PASS_AFTER_CONTINUE_MS = 10_000;

/** Ctrl+Enter or ⌘+Enter: "send" in most comment boxes, whatever Enter alone does there. */
function isModifiedSend(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
}

/**
 * Comments and chat messages sent from the keyboard (no form, no button): Enter where it sends
 * (a composer; see isSendKey) and Ctrl/⌘+Enter in any text box, when something is written.
 * "Continue" presses the same key again, and lets the reader's own next Enter there through.
 */
export function guardSendKeys(context: GuardContext, signal: AbortSignal): void {
  const passUntil = new WeakMap<Field, number>();
  window.addEventListener('keydown', (event) => {
    if (!event.isTrusted || event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    const field = editableField(event.target);
    if (!field || field instanceof HTMLInputElement) return;
    if (!isSendKey(event, field) && !isModifiedSend(event)) return;
    if (fieldText(field).trim() === '' || (passUntil.get(field) ?? 0) > Date.now()) return;
    const { ctrlKey, metaKey } = event;
    guardEvent(context, 'comment', event, () => {
      passUntil.set(field, Date.now() + PASS_AFTER_CONTINUE_MS);
      field.dispatchEvent(new KeyboardEvent('keydown', {
        key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey, metaKey, bubbles: true, cancelable: true, composed: true,
      }));
    }, 'comment');
  }, { capture: true, signal });
}
