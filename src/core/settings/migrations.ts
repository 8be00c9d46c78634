import { isLanguage } from '../i18n';
import { dayOf } from './day';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings } from './defaults';
import { withoutInvalidItems, type SettingsIssue } from './schema';

/**
 * Ordered migrations of stored settings, run on install and update (and in memory whenever an
 * older format is read). Each step turns the document of one format into the next; the last
 * produces a Settings object, which is then validated like any other input.
 *
 * Format 0 is what pre-release builds stored: flat keys in storage.local, written by a simpler
 * options page (see test/fixtures/settings/v0-*.json):
 *   lang: "ru" | "en" | ... | "auto"
 *   countries: "RU" | "RU,BY" | ""           which regimes apply
 *   style: "banner" | "fullpage"             how warnings look
 *   markLinks: boolean
 *   pausedSites: "a.org\nb.org"              one host per line or comma
 *   hiddenOrgs: ["rferl", ...]               entry ids of the one bundled list
 *   listUrls: ["https://..."]                subscribed lists
 *   customText_<key>_<lang>: "..."           edited notice texts
 */
export type StoredDocument = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** Keys of the earlier format that the new one no longer uses: removed from storage. */
  obsoleteKeys: (document: StoredDocument) => string[];
  /** Items the old format allowed but the new one does not are left out and reported in `issues`. */
  migrate: (document: StoredDocument, now: Date, issues: SettingsIssue[]) => StoredDocument;
}

export const FORMAT_0_KEYS = ['lang', 'countries', 'style', 'markLinks', 'pausedSites', 'hiddenOrgs', 'listUrls'] as const;
const FORMAT_0_TEXT_PREFIX = 'customText_';
/** The only list pre-release builds knew. */
const FORMAT_0_LIST_ID = 'ru-undesirable';

export function isFormat0Key(key: string): boolean {
  return (FORMAT_0_KEYS as readonly string[]).includes(key) || key.startsWith(FORMAT_0_TEXT_PREFIX);
}

function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function hostsIn(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const hosts = value
    .split(/[\s,]+/)
    .map((host) => host.trim().toLowerCase().replace(/^www\./, '').replace(/\.$/, ''))
    .filter((host) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host));
  return [...new Set(hosts)];
}

function httpsUrlsIn(value: unknown): string[] {
  return stringsIn(value).filter((url) => {
    try {
      return new URL(url).protocol === 'https:';
    } catch {
      return false;
    }
  });
}

const migrateFormat0: Migration = {
  from: 0,
  to: 1,
  obsoleteKeys: (document) => Object.keys(document).filter(isFormat0Key),
  migrate(document, now, issues) {
    const settings: Settings = structuredClone(DEFAULT_SETTINGS);
    const addedAt = dayOf(now);
    if (document.lang === 'auto' || isLanguage(document.lang)) settings.language = document.lang;
    if (typeof document.countries === 'string') {
      const countries = document.countries.toUpperCase().split(/[\s,]+/);
      // Format 0 had no separate passport question; the Russian regime covered both.
      const russia = countries.includes('RU');
      settings.jurisdictions = { russia, russianPassport: russia, belarus: countries.includes('BY'), answered: true };
    }
    if (document.style === 'banner') settings.noticeMode = 'banner';
    if (document.style === 'fullpage') settings.noticeMode = 'interstitial';
    if (typeof document.markLinks === 'boolean') settings.markLinks = document.markLinks;
    settings.siteExceptions = hostsIn(document.pausedSites).map((host) => ({ host, kind: 'paused', addedAt }));
    settings.userRules.disabledEntries = stringsIn(document.hiddenOrgs)
      .filter((id) => /^[a-z0-9][a-z0-9._-]*$/.test(id))
      .map((id) => `${FORMAT_0_LIST_ID}/${id}`);
    settings.subscriptions = httpsUrlsIn(document.listUrls).map((url) => ({ url, enabled: true, addedAt }));
    for (const [key, value] of Object.entries(document)) {
      const match = /^customText_([a-zA-Z0-9.-]+)_(en|ru|uk|be)$/.exec(key);
      if (!match || typeof value !== 'string') continue;
      const [, textKey = '', language = 'en'] = match;
      if (!isLanguage(language)) continue;
      settings.texts[textKey] = { ...settings.texts[textKey], [language]: value };
    }
    // Format 0 checked less (a host like "a..b.org", texts of any length): only such items go.
    for (const field of ['siteExceptions', 'texts'] as const) {
      const checked = withoutInvalidItems(field, settings[field]);
      if (!checked) continue;
      (settings as unknown as StoredDocument)[field] = checked.value;
      issues.push(...checked.issues);
    }
    return settings as unknown as StoredDocument;
  },
};

export const MIGRATIONS: readonly Migration[] = [migrateFormat0];

/**
 * Runs every migration from `version` up to the current schema. Returns the migrated document,
 * the storage keys the earlier formats used that are no longer needed, and the items left out.
 */
export function migrateDocument(
  document: StoredDocument,
  version: number,
  now: Date = new Date(),
): { document: StoredDocument; obsoleteKeys: string[]; issues: SettingsIssue[] } {
  if (version > SETTINGS_SCHEMA_VERSION) {
    throw new Error(`settings format ${version} is newer than this version of the extension understands (${SETTINGS_SCHEMA_VERSION})`);
  }
  let current = document;
  const obsoleteKeys: string[] = [];
  const issues: SettingsIssue[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.from < version) continue;
    obsoleteKeys.push(...migration.obsoleteKeys(current));
    current = migration.migrate(current, now, issues);
  }
  return { document: { ...current, schemaVersion: SETTINGS_SCHEMA_VERSION }, obsoleteKeys, issues };
}
