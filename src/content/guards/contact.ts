import { guardActivations } from './activations';
import { guardSubmissions } from './submissions';
import type { Guard } from './types';

/** mailto: links without a shared link in them, and contact or feedback forms. */
export const contactGuard: Guard = {
  id: 'contact',
  acts: ['contact'],
  start(context, signal) {
    guardActivations(context, signal, 'contact');
    guardSubmissions(context, signal, 'contact');
  },
};
