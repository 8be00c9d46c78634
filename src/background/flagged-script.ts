import browser from 'webextension-polyfill';
import type { CompiledIndex } from '../core/rules/compile';
import { flaggedDomainPatterns, interstitialDomainPatterns } from '../core/rules/match-patterns';

/**
 * content-flagged.js (the notice and the act guards) runs only on flagged pages. It is registered
 * as a content script for the domains of the current lists, so on those pages it is already loaded
 * when the verdict arrives; any other flagged page (a mirror named by its markup, an account path,
 * a domain beyond the registered ones) asks for it once and gets it injected.
 */
const SCRIPT_ID = 'flagged-features';
const SCRIPT_FILE = 'content-flagged.js';
/** Covers pages whose notice is an interstitial from document_start until their verdict. */
const COVER_SCRIPT_ID = 'interstitial-cover';
const COVER_SCRIPT_FILE = 'content-cover.js';

function sameMatches(registered: readonly string[] | undefined, wanted: readonly string[]): boolean {
  return registered !== undefined && registered.length === wanted.length && registered.every((pattern, i) => pattern === wanted[i]);
}

async function registerFor(id: string, file: string, matches: string[]): Promise<void> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (matches.length === 0) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [id] });
    return;
  }
  if (registered && sameMatches(registered.matches, matches)) return;
  const script = { id, matches, js: [file], runAt: 'document_start' as const, allFrames: false, persistAcrossSessions: true };
  if (registered) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/**
 * Keeps the registration in step with each newly compiled index; calls run one after another, so
 * two quick rebuilds never register the script twice. Checked at every background start, since
 * the browser may have dropped the registration (an update, a browser without persistence).
 */
export function flaggedScriptRegistrar(): (index: CompiledIndex) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (index) => {
    const matches = flaggedDomainPatterns(index);
    const coverMatches = interstitialDomainPatterns(index);
    // A failure leaves injection on request (and the interstitial a moment later, without cover).
    queue = queue
      .then(() => registerFor(COVER_SCRIPT_ID, COVER_SCRIPT_FILE, coverMatches))
      .then(() => registerFor(SCRIPT_ID, SCRIPT_FILE, matches))
      .catch(() => undefined);
    return queue;
  };
}

/** Injects content-flagged.js into the sending page's top frame; it registers itself only once per page. */
export async function injectFlaggedFeatures(sender: browser.Runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SCRIPT_FILE] });
    return true;
  } catch {
    return false; // the tab navigated away or the page refuses scripts
  }
}
