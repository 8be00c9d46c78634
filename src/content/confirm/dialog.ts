import { trapFocus } from '../ui/focus-trap';
import { createProtectedHost, onTrustedEvent } from '../ui/protected-host';
import { DIALOG_STYLE } from './styles';

/** What the confirmation shows, already in the user's language. */
export interface ConfirmDialogContent {
  language: string;
  /** The act as a question, e.g. "Share this material?". */
  title: string;
  organizationLine: string;
  listLine?: string;
  risk: string;
  /** Set when the act is refused: the dialog then offers only a way out. */
  blockedNote?: string;
  cancelLabel: string;
  continueLabel: string;
  /** Offered only when set (not for refused acts). */
  dontAskAgainLabel?: string;
}

export interface ConfirmAnswer {
  proceed: boolean;
  dontAskAgain: boolean;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Shows the confirmation as a modal alertdialog in the top layer, inside a closed shadow root the
 * page cannot reach, hide or cover. Cancel has the focus and Escape cancels. Only a click the user
 * made (isTrusted) can press Continue: a page cannot dispatch its way through. Aborting `outer`
 * (the guards stopping) cancels it.
 */
export function showConfirmDialog(content: ConfirmDialogContent, outer: AbortSignal): Promise<ConfirmAnswer> {
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  const previousFocus = document.activeElement;
  const dialog = element('dialog');
  let raising = false;
  const { root } = createProtectedHost({
    placement: 'overlay',
    signal,
    surface: () => dialog,
    onCovered: () => {
      // A page element went over the dialog: put it back on top of the top layer.
      if (!dialog.open) return;
      raising = true;
      dialog.close();
      dialog.showModal();
    },
  });

  dialog.className = 'confirm';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'rlw-title');
  dialog.setAttribute('aria-describedby', 'rlw-organization rlw-risk');
  dialog.lang = content.language;
  const title = element('h2', content.title);
  title.id = 'rlw-title';
  const organization = element('p', content.organizationLine, 'organization');
  organization.id = 'rlw-organization';
  const risk = element('p', content.risk);
  risk.id = 'rlw-risk';
  dialog.append(title, organization);
  if (content.listLine) dialog.append(element('p', content.listLine));
  dialog.append(risk);
  if (content.blockedNote) {
    const note = element('p', content.blockedNote, 'blocked');
    note.id = 'rlw-blocked';
    dialog.setAttribute('aria-describedby', 'rlw-organization rlw-risk rlw-blocked');
    dialog.append(note);
  }
  const dontAskAgain = element('input');
  dontAskAgain.type = 'checkbox';
  if (content.dontAskAgainLabel && !content.blockedNote) {
    const label = element('label');
    label.append(dontAskAgain, element('span', content.dontAskAgainLabel));
    dialog.append(label);
  }
  const actions = element('div', undefined, 'actions');
  const cancel = element('button', content.cancelLabel, 'cancel');
  cancel.type = 'button';
  cancel.autofocus = true;
  actions.append(cancel);
  const proceed = element('button', content.continueLabel, 'continue');
  proceed.type = 'button';
  if (!content.blockedNote) actions.append(proceed);
  dialog.append(actions);
  const style = element('style', DIALOG_STYLE);
  root.append(style, dialog);
  // The page sees the host, not the dialog; it need not see the user's clicks and keys in it either.
  for (const type of ['click', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup']) {
    root.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }

  return new Promise<ConfirmAnswer>((resolve) => {
    const finish = (answer: boolean) => {
      if (signal.aborted) return;
      resolve({ proceed: answer, dontAskAgain: answer && dontAskAgain.checked });
      if (dialog.open) dialog.close();
      lifetime.abort();
      if (previousFocus instanceof HTMLElement && previousFocus.isConnected) previousFocus.focus({ preventScroll: true });
    };
    cancel.addEventListener('click', () => finish(false), { signal });
    onTrustedEvent(proceed, 'click', () => finish(true), { signal });
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    }, { signal });
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') finish(false);
    }, { signal });
    trapFocus(dialog, signal);
    dialog.addEventListener('close', () => {
      if (raising) raising = false;
      else finish(false);
    }, { signal });
    outer.addEventListener('abort', () => finish(false), { signal });
    if (outer.aborted) finish(false);
    else {
      dialog.showModal();
      cancel.focus();
    }
  });
}
