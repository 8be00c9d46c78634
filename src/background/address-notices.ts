import browser from 'webextension-polyfill';
import { pickLanguage } from '../core/i18n';
import { addressNotices } from '../core/notice/address-notices';
import { guardTextsFor } from '../core/acts-texts';
import { domainNoticeKey, PREPARED_GUARDS_KEY, PREPARED_NOTICE_PREFIX, type PreparedGuards } from '../core/notice/prepared-notice';
import type { CompiledIndex } from '../core/rules/compile';
import { hashText } from '../core/rules/hash';
import { loadSettings } from '../platform/settings-store';

/**
 * Keeps the prepared notices of src/core/notice/address-notices.ts in storage.local, where the
 * flagged-page script reads its domain's at document_start, with the act guards' texts. They are rewritten only when what they
 * are made of changes (the index, texts, dismissals and pauses for good, language, the
 * extension's version), so a service-worker start costs one hash and one read.
 */
const STAMP_KEY = `${PREPARED_NOTICE_PREFIX}stamp`;
const KEYS_KEY = `${PREPARED_NOTICE_PREFIX}keys`;

async function writeAddressNotices(index: CompiledIndex): Promise<void> {
  const [settings, stored] = await Promise.all([loadSettings(), browser.storage.local.get([STAMP_KEY, KEYS_KEY])]);
  const language = pickLanguage(navigator.languages, settings.language);
  const stamp = hashText(JSON.stringify([
    browser.runtime.getManifest().version, index.key, language,
    settings.siteExceptions, settings.dismissedOrganizations, settings.texts,
  ]));
  if (stored[STAMP_KEY] === stamp) return;
  const items: Record<string, unknown> = {};
  for (const [host, entry] of Object.entries(addressNotices(index, settings, language))) items[domainNoticeKey(host)] = entry;
  // The act guards of those pages start with these texts, before the background can answer.
  const version = browser.runtime.getManifest().version;
  items[PREPARED_GUARDS_KEY] = { version, language, texts: guardTextsFor(language) } satisfies PreparedGuards;
  const storedKeys = Array.isArray(stored[KEYS_KEY]) ? (stored[KEYS_KEY] as unknown[]) : [];
  // Removed first: a notice just dismissed must not show while the new ones are written.
  const stale = storedKeys.filter((key): key is string =>
    typeof key === 'string' && key.startsWith(PREPARED_NOTICE_PREFIX) && !Object.hasOwn(items, key));
  if (stale.length > 0) await browser.storage.local.remove(stale);
  await browser.storage.local.set({ ...items, [KEYS_KEY]: Object.keys(items) });
  // Last: a failed write is tried again at the next start.
  await browser.storage.local.set({ [STAMP_KEY]: stamp });
}

/** Returns the function to call with each index built or loaded; writes run one after another. */
export function addressNoticeKeeper(): (index: CompiledIndex) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (index) => {
    // A failure only leaves pages to the background's answer, a moment later.
    queue = queue.then(() => writeAddressNotices(index)).catch(() => undefined);
    return queue;
  };
}
