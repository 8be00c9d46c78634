import { guardActivations } from './activations';
import { guardSendKeys } from './send-keys';
import { guardSubmissions } from './submissions';
import type { Guard } from './types';

/**
 * Comment and reply forms, the buttons that send a comment without a form (YouTube's), and the
 * keys that send one from a composer (Enter in a chat or comment box, Ctrl+Enter).
 */
export const commentGuard: Guard = {
  id: 'comment',
  acts: ['comment'],
  start(context, signal) {
    guardActivations(context, signal, 'comment');
    guardSubmissions(context, signal, 'comment');
    guardSendKeys(context, signal);
  },
};
