import { guardActivations } from './activations';
import { guardSubmissions } from './submissions';
import type { Guard } from './types';

/** Donation links, buttons and payment forms: the riskiest act, a crime from the first payment. */
export const donateGuard: Guard = {
  id: 'donate',
  acts: ['donate'],
  start(context, signal) {
    guardActivations(context, signal, 'donate');
    guardSubmissions(context, signal, 'donate');
  },
};
