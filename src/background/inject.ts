import browser from 'webextension-polyfill';
import { installShareHook } from '../content/main-world/share-hook';

/**
 * Puts the navigator.share() hook into the page's own world, for a flagged page whose content
 * script asks for it (never on other pages: the page can detect the hook). Needs the "scripting"
 * permission; host permissions already cover every http(s) page.
 */
export async function injectShareHook(eventName: unknown, sender: browser.Runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || typeof eventName !== 'string' || !/^rlw-[a-z0-9]{8,}$/.test(eventName)) return false;
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      world: 'MAIN',
      func: installShareHook,
      args: [eventName],
    });
    return true;
  } catch {
    return false; // the tab navigated away or the page refuses scripts (e.g. a browser page)
  }
}
