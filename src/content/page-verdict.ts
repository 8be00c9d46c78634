import type { Verdict } from '../core/verdict';

/**
 * The verdict for the page in this tab, once the background has answered, for every part of the
 * content script that reacts to it (the notice, the action guards). Kept in the content script's
 * own scope: nothing here is visible to page scripts.
 */
type VerdictListener = (verdict: Verdict) => void;

let current: Verdict | undefined;
const listeners = new Set<VerdictListener>();

/**
 * Calls `listener` with the page's verdict now if it is known, and again whenever it changes
 * (single-page navigation, settings changes). Returns a function that stops the calls.
 */
export function onVerdict(listener: VerdictListener): () => void {
  listeners.add(listener);
  if (current) listener(current);
  return () => listeners.delete(listener);
}

export function currentVerdict(): Verdict | undefined {
  return current;
}

/** Called by the content script's entry when the background answers for the current URL. */
export function publishVerdict(verdict: Verdict): void {
  current = verdict;
  for (const listener of listeners) listener(verdict);
}
