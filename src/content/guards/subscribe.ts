import { guardActivations } from './activations';
import { guardSubmissions } from './submissions';
import type { Guard } from './types';

/** Newsletter forms and subscribe or follow buttons. */
export const subscribeGuard: Guard = {
  id: 'subscribe',
  acts: ['subscribe'],
  start(context, signal) {
    guardActivations(context, signal, 'subscribe');
    guardSubmissions(context, signal, 'subscribe');
  },
};
