import { fillTemplate } from '../../core/notice/template';
import { clickedAct } from './activations';
import { isReplaying } from './intercept';
import type { Guard, GuardContext } from './types';

function copiedHint(context: GuardContext): void {
  context.hint(fillTemplate(context.texts.ui.copied, {
    organization: context.organization,
    risk: context.texts.acts.copy.risk,
  }));
}

/**
 * Copying is never stopped: a copy of text or a "copy link" button only gets a short hint,
 * because the risk lies in pasting it elsewhere, which the outbound guard watches.
 */
export const copyGuard: Guard = {
  id: 'copy',
  acts: ['copy'],
  start(context, signal) {
    document.addEventListener('copy', () => {
      if (context.policyFor('copy') === 'none' || isReplaying()) return;
      if ((document.getSelection()?.toString() ?? '').trim() === '') return;
      copiedHint(context);
    }, { capture: true, signal });
    window.addEventListener('click', (event) => {
      if (context.policyFor('copy') === 'none' || clickedAct(event)?.act !== 'copy') return;
      copiedHint(context);
    }, { capture: true, signal });
  },
};
