import { guardActivations } from './activations';
import { guardSubmissions } from './submissions';
import type { Guard } from './types';

/** Comment and reply forms, and the buttons that send a comment without a form (YouTube's). */
export const commentGuard: Guard = {
  id: 'comment',
  acts: ['comment'],
  start(context, signal) {
    guardActivations(context, signal, 'comment');
    guardSubmissions(context, signal, 'comment');
  },
};
