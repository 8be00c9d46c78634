const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The dialog's controls the reader can reach now: none inside a part that is hidden. */
function reachable(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((control) => control.closest('[hidden]') === null);
}

/**
 * Keeps Tab and Shift+Tab going round the controls of a modal `dialog`. Browsers differ at the
 * ends of a modal dialog in a shadow root (Firefox kept focus on the last button and took
 * Shift+Tab to the dialog itself), so the two ends are handled here and everything between is
 * left to the browser. Stops when `signal` aborts.
 */
export function trapFocus(dialog: HTMLElement, signal: AbortSignal): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const controls = reachable(dialog);
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (!first || !last) return;
    const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
    const index = controls.indexOf(active as HTMLElement);
    const wraps = event.shiftKey ? index <= 0 : index === -1 || index === controls.length - 1;
    if (!wraps) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }, { signal });
}
