import browser from 'webextension-polyfill';
import { pickLanguage } from '../core/i18n';
import { addressNotices } from '../core/notice/address-notices';
import { ADDRESS_NOTICE_PREFIX, addressNoticeKey } from '../core/notice/prepared-notice';
import type { CompiledIndex } from '../core/rules/compile';
import { hashText } from '../core/rules/hash';
import { loadSettings } from '../platform/settings-store';
import { SESSION_DISMISSALS_KEY, sessionDismissedHosts } from './page-state';

/**
 * Keeps the prepared notices of src/core/notice/address-notices.ts in storage.local, where the
 * flagged-page script reads its domain's at document_start. They are rewritten only when what they
 * are made of changes (the index, texts, dismissals, language, the extension's version), so a
 * service-worker start costs one hash and one read.
 */
const STAMP_KEY = `${ADDRESS_NOTICE_PREFIX}stamp`;
const HOSTS_KEY = `${ADDRESS_NOTICE_PREFIX}hosts`;

async function writeAddressNotices(index: CompiledIndex): Promise<void> {
  const [settings, sessionHosts, stored] = await Promise.all([
    loadSettings(),
    sessionDismissedHosts(),
    browser.storage.local.get([STAMP_KEY, HOSTS_KEY]),
  ]);
  const language = pickLanguage(navigator.languages, settings.language);
  const stamp = hashText(JSON.stringify([
    browser.runtime.getManifest().version, index.key, language, sessionHosts,
    settings.siteExceptions, settings.dismissedOrganizations, settings.texts,
  ]));
  if (stored[STAMP_KEY] === stamp) return;
  const prepared = addressNotices(index, settings, sessionHosts, language);
  const storedHosts = Array.isArray(stored[HOSTS_KEY]) ? (stored[HOSTS_KEY] as unknown[]) : [];
  // Removed first: a notice just dismissed must not show while the new ones are written.
  const stale = storedHosts.filter((host): host is string => typeof host === 'string' && !Object.hasOwn(prepared, host));
  if (stale.length > 0) await browser.storage.local.remove(stale.map(addressNoticeKey));
  await browser.storage.local.set({
    ...Object.fromEntries(Object.entries(prepared).map(([host, notice]) => [addressNoticeKey(host), notice])),
    [HOSTS_KEY]: Object.keys(prepared),
    [STAMP_KEY]: stamp,
  });
}

/**
 * Returns the function to call with each index built or loaded; session dismissals, which the
 * index does not follow, rewrite the notices with the last index. Writes run one after another.
 */
export function addressNoticeKeeper(): (index: CompiledIndex) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  let lastIndex: CompiledIndex | null = null;
  const update = (index: CompiledIndex) => {
    lastIndex = index;
    // A failure only leaves pages to the background's answer, a moment later.
    queue = queue.then(() => writeAddressNotices(index)).catch(() => undefined);
    return queue;
  };
  browser.storage.session.onChanged.addListener((changes) => {
    if (lastIndex && Object.hasOwn(changes, SESSION_DISMISSALS_KEY)) void update(lastIndex);
  });
  return update;
}
