import { guardActivations } from './activations';
import type { Guard } from './types';

/** Links to documents and media files, and links with a download attribute. */
export const downloadGuard: Guard = {
  id: 'download',
  acts: ['download'],
  start(context, signal) {
    guardActivations(context, signal, 'download');
  },
};
