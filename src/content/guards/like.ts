import { guardActivations } from './activations';
import type { Guard } from './types';

/** Like and reaction buttons. */
export const likeGuard: Guard = {
  id: 'like',
  acts: ['like'],
  start(context, signal) {
    guardActivations(context, signal, 'like');
  },
};
