import type { Act, Policy } from '../acts';
import type { Language } from '../i18n';

/**
 * The user's settings: one object, one schema version. Small preferences are stored in
 * storage.sync, the rest (rules, texts, lists) in storage.local; see src/platform/settings-store.ts.
 * Every field here is what the user chose; bundled data (rule lists, default texts) is not copied in.
 */
export interface Settings {
  schemaVersion: number;
  /** 'auto' follows the browser's languages. */
  language: Language | 'auto';
  /** Which legal regimes apply to the user; `answered` is false until the welcome page is done. */
  jurisdictions: { russia: boolean; russianPassport: boolean; belarus: boolean; answered: boolean };
  /** 'per-list' uses each list's own choice; the others override it everywhere. */
  noticeMode: 'per-list' | 'banner' | 'interstitial';
  /** Neutral toolbar icon, no badge, neutral titles: for devices that may be inspected. */
  lowVisibility: boolean;
  /** Mark links to flagged organizations on other sites. */
  markLinks: boolean;
  /** Warn when a flagged link is pasted into, and sent from, an editable field. */
  guardOutboundLinks: boolean;
  /** The user's edits of notice texts: text key -> language -> template. Absent means default. */
  texts: Record<string, Partial<Record<Language, string>>>;
  /** The user's layer over bundled and subscribed lists. */
  userRules: {
    disabledLists: string[];
    /** Enabled non-default lists (e.g. by-extremist when Belarus does not apply otherwise). */
    enabledLists: string[];
    /** "listId/entryId" keys. */
    disabledEntries: string[];
    /** "listId/entryId" -> extra hostnames. */
    extraDomains: Record<string, string[]>;
    /** listId -> act -> policy. */
    actPolicies: Record<string, Partial<Record<Act, Policy>>>;
    /** listId -> notice mode chosen for that list. */
    noticeModes: Record<string, 'banner' | 'interstitial'>;
    /** The user's own entries, in the rule-list entry format (src/core/rules/schema.ts). */
    entries: unknown[];
  };
  /** Sites where the extension is paused or a notice was dismissed for good. */
  siteExceptions: { host: string; kind: 'paused' | 'dismissed'; addedAt: string }[];
  /** "listId/entryId" keys whose notice the user dismissed for good. */
  dismissedOrganizations: string[];
  /**
   * Platform accounts whose notice the user dismissed for good, as the notice names them
   * ("youtube.com/@tvrain"): on a platform a notice is dismissed per account, never for the platform.
   */
  dismissedAccounts: string[];
  /** Platform accounts where the user paused the extension (no notice, no questions), named as dismissedAccounts. */
  pausedAccounts: string[];
  /** "Don't ask again for this act on this site". */
  actExceptions: { host: string; act: Act }[];
  /** Lists the user subscribed to by URL. The fetched copies live in storage.local separately. */
  subscriptions: { url: string; sha256?: string; enabled: boolean; addedAt: string }[];
}

export const SETTINGS_SCHEMA_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  language: 'auto',
  jurisdictions: { russia: true, russianPassport: true, belarus: false, answered: false },
  noticeMode: 'per-list',
  lowVisibility: false,
  markLinks: true,
  guardOutboundLinks: true,
  texts: {},
  userRules: {
    disabledLists: [],
    enabledLists: [],
    disabledEntries: [],
    extraDomains: {},
    actPolicies: {},
    noticeModes: {},
    entries: [],
  },
  siteExceptions: [],
  dismissedOrganizations: [],
  dismissedAccounts: [],
  pausedAccounts: [],
  actExceptions: [],
  subscriptions: [],
};
