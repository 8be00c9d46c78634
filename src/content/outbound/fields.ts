import { MAX_TEXT_LENGTH } from '../../core/text-links';

/** Editable fields a message can be typed into: text inputs, textareas, contenteditable composers. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', '']);
const EDITABLE_ROOT = '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

export type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

export function editableField(target: EventTarget | null): Field | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type) ? target : null;
  if (!(target instanceof Element)) return null;
  const editable = target.closest(EDITABLE_ROOT);
  if (!(editable instanceof HTMLElement)) return null;
  // The outermost editable element is the composer; inner ones are its paragraphs.
  let root = editable;
  for (let parent = root.parentElement?.closest(EDITABLE_ROOT); parent instanceof HTMLElement; parent = parent.parentElement?.closest(EDITABLE_ROOT)) {
    root = parent;
  }
  return root;
}

/**
 * The field's text, at most MAX_TEXT_LENGTH characters and one more when there is more (links
 * are looked for only that far). Read without forcing layout, and an editable region's text
 * nodes only until the limit: a long document is not copied whole on every key.
 */
export function fieldText(field: Field): string {
  if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field.value.slice(0, MAX_TEXT_LENGTH + 1);
  const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node !== null && text.length <= MAX_TEXT_LENGTH; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
  }
  return text.slice(0, MAX_TEXT_LENGTH + 1);
}

/** Text longer than any message: what is being written there is a document, not a message. */
export function isLongerThanMessage(text: string): boolean {
  return text.length > MAX_TEXT_LENGTH;
}

/** Fields whose content a form's submission sends. */
export function fieldsOfForm(form: HTMLFormElement): Field[] {
  const fields: Field[] = [];
  for (const element of Array.from(form.elements)) {
    const field = editableField(element);
    if (field) fields.push(field);
  }
  for (const element of Array.from(form.querySelectorAll(EDITABLE_ROOT))) {
    const field = editableField(element);
    if (field && !fields.includes(field)) fields.push(field);
  }
  return fields;
}

/**
 * Enter sends in a composer; Shift+Enter is a new line. Composers are a textarea outside a form,
 * or an editable region marked as a text box (role="textbox", as chat and comment composers are)
 * or inside a form. Other editable regions are document editors, where Enter starts a paragraph.
 */
export function isSendKey(event: KeyboardEvent, field: Field): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey) return false;
  // keyCode 229: the input method is still composing; that Enter picks a candidate, sends nothing.
  if (event.isComposing || event.keyCode === 229) return false;
  if (field instanceof HTMLInputElement) return false; // Enter in an input submits its form: the submit guard sees it
  if (field instanceof HTMLTextAreaElement) return field.form === null;
  return field.getAttribute('role') === 'textbox' || field.closest('form') !== null;
}
