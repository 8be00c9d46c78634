import { afterEach, describe, expect, it } from 'vitest';
import { trapFocus } from '../../../src/content/ui/focus-trap';

function dialogInShadow() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const dialog = document.createElement('dialog');
  dialog.tabIndex = -1;
  // The hidden part comes last: were it counted, Continue would not be the last control.
  dialog.innerHTML = '<label><input type="checkbox"> Don’t ask again</label>'
    + '<button class="cancel">Cancel</button><button class="continue">Continue</button>'
    + '<div hidden><a href="https://example.org/source">A source, hidden until asked for</a></div>';
  root.append(dialog);
  const controller = new AbortController();
  trapFocus(dialog, controller.signal);
  const [checkbox, cancel, proceed] = ['input', '.cancel', '.continue'].map((selector) => dialog.querySelector<HTMLElement>(selector)!);
  /** Presses Tab (or Shift+Tab) on what has the focus; true when the browser was left to move it. */
  const tab = (shiftKey = false) => {
    const target = (root.activeElement as HTMLElement | null) ?? dialog;
    return target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true }));
  };
  return { root, dialog, checkbox: checkbox!, cancel: cancel!, proceed: proceed!, tab, stop: () => controller.abort() };
}

afterEach(() => document.body.replaceChildren());

describe('the focus trap of a modal dialog', () => {
  it('takes Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    const { root, checkbox, proceed, tab } = dialogInShadow();
    proceed.focus();
    expect(tab()).toBe(false);
    expect(root.activeElement).toBe(checkbox);
    expect(tab(true)).toBe(false);
    expect(root.activeElement).toBe(proceed);
  });

  it('leaves the moves between controls to the browser, and skips what is hidden', () => {
    const { root, cancel, tab } = dialogInShadow();
    cancel.focus();
    expect(tab()).toBe(true);
    expect(tab(true)).toBe(true);
    expect(root.activeElement).toBe(cancel);
  });

  it('brings the focus from the dialog itself to its first or last control', () => {
    const { root, dialog, checkbox, proceed, tab } = dialogInShadow();
    dialog.focus();
    expect(tab()).toBe(false);
    expect(root.activeElement).toBe(checkbox);
    dialog.focus();
    expect(tab(true)).toBe(false);
    expect(root.activeElement).toBe(proceed);
  });

  it('stops with its signal', () => {
    const { proceed, tab, stop } = dialogInShadow();
    stop();
    proceed.focus();
    expect(tab()).toBe(true);
  });
});
