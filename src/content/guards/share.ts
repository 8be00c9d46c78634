import { guardActivations } from './activations';
import type { Guard } from './types';

/** Share links and buttons: social networks' share dialogs, messengers, e-mail with a link. */
export const shareGuard: Guard = {
  id: 'share',
  acts: ['share'],
  start(context, signal) {
    guardActivations(context, signal, 'share');
  },
};
