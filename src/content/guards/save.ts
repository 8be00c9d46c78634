import { fillTemplate } from '../../core/notice/template';
import { guardActivations } from './activations';
import { cautionHint, guardEvent, isReplaying } from './intercept';
import type { Guard } from './types';

function isShortcut(event: KeyboardEvent, code: 'KeyS' | 'KeyP'): boolean {
  // event.code, not event.key: the shortcut is the same key on a Cyrillic layout.
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.code === code;
}

/**
 * Saving and printing the page, and a platform's Save, Watch later and bookmark buttons. Ctrl/Cmd+P is replayed with window.print(). Ctrl/Cmd+S cannot be
 * replayed by a script (no API opens the browser's Save dialog), so after "Continue" the user is
 * told to press it again, and that next press passes once. Printing from the browser's menu
 * cannot be stopped at all (beforeprint is not cancellable): it gets a hint.
 */
export const saveGuard: Guard = {
  id: 'save',
  acts: ['save', 'print'],
  start(context, signal) {
    guardActivations(context, signal, 'save');
    let saveAllowedOnce = false;
    window.addEventListener('keydown', (event) => {
      if (isShortcut(event, 'KeyS')) {
        if (saveAllowedOnce) {
          saveAllowedOnce = false;
          return;
        }
        guardEvent(context, 'save', event, () => {
          saveAllowedOnce = true;
          const keys = navigator.platform.startsWith('Mac') ? '⌘S' : 'Ctrl+S';
          context.hint(fillTemplate(context.texts.ui.pressAgain, { keys }));
        });
      } else if (isShortcut(event, 'KeyP')) {
        guardEvent(context, 'print', event, () => window.print());
      }
    }, { capture: true, signal });
    window.addEventListener('beforeprint', () => {
      if (isReplaying() || context.policyFor('print') === 'none') return;
      cautionHint(context, 'print');
    }, { signal });
  },
};
