import { guardSubmissions } from './submissions';
import type { Guard } from './types';

/** Comment and reply forms. */
export const commentGuard: Guard = {
  id: 'comment',
  acts: ['comment'],
  start(context, signal) {
    guardSubmissions(context, signal, 'comment');
  },
};
