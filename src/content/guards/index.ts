import { commentGuard } from './comment';
import { contactGuard } from './contact';
import { copyGuard } from './copy';
import { donateGuard } from './donate';
import { downloadGuard } from './download';
import { likeGuard } from './like';
import { saveGuard } from './save';
import { shareGuard } from './share';
import { shareApiGuard } from './share-api';
import { subscribeGuard } from './subscribe';
import type { Guard, GuardContext } from './types';

/** Every act guard of a flagged page, in one place. */
export const GUARDS: readonly Guard[] = [
  shareGuard,
  shareApiGuard,
  likeGuard,
  commentGuard,
  subscribeGuard,
  donateGuard,
  contactGuard,
  saveGuard,
  downloadGuard,
  copyGuard,
];

/**
 * The guards of acts on one post of a feed: those a click or a form inside the post performs.
 * Copying, downloading, a page's share dialog or the keyboard's Save and Print are not tied to a post.
 */
export const POST_GUARDS: readonly Guard[] = [shareGuard, likeGuard, commentGuard, subscribeGuard, donateGuard, saveGuard];

/** Starts the guards whose acts the page's policy asks about; `signal` stops them all. */
export function startGuards(context: GuardContext, signal: AbortSignal, guards: readonly Guard[] = GUARDS): void {
  for (const guard of guards) {
    if (guard.acts.some((act) => context.policyFor(act) !== 'none')) guard.start(context, signal);
  }
}
