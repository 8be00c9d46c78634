import type { ActPolicy } from '../acts';
import type { LocalizedText } from '../i18n';
import type { Settings } from '../settings/defaults';
import type { LegalArticle, NoticeMode, Source } from '../verdict';
import { hashText } from './hash';
import { normalizeName } from './names';
import type { ListActivation, RuleEntry, RuleList } from './schema';
import { USER_LIST_ID, userList, type UserRules } from './user-list';

/** Bump when the shape below changes, so a cached index of the old shape is rebuilt. */
export const INDEX_FORMAT = 3;

/** A list as the verdict needs it, with the user's overrides already applied. */
export interface CompiledList {
  id: string;
  title: LocalizedText;
  jurisdictions: string[];
  authority: LocalizedText;
  legalBasis: LegalArticle[];
  lawSummary: LocalizedText;
  version: string;
  acts: ActPolicy;
  noticeMode: NoticeMode;
  texts?: Record<string, LocalizedText>;
}

export interface CompiledEntry {
  listId: string;
  entryId: string;
  names: LocalizedText;
  verified: boolean;
  sources: Source[];
  decidedOn?: string;
  listedOn?: string;
  registerEntry?: string;
}

/**
 * The active lists compiled into hash maps: plain JSON, so the background can keep it in
 * storage.local and reuse it until its inputs change. Values are indexes into `entries`.
 * Read these records only through `lookup` (own keys), since a host may be named "__proto__".
 */
export interface CompiledIndex {
  format: typeof INDEX_FORMAT;
  /** Hash of everything the index was built from (see indexKey). */
  key: string;
  lists: Record<string, CompiledList>;
  entries: CompiledEntry[];
  /** Hostname -> entries; a hostname matches itself and all its subdomains. */
  domains: Record<string, number[]>;
  /** Platform hostname -> path prefix ("/meduzalive") -> entries. */
  accounts: Record<string, Record<string, number[]>>;
  /** Normalized organization name or alias -> entries: what a disclaimer may mention. */
  names: Record<string, number[]>;
  /** Names, aliases and further site names -> entries: what og:site_name or a publisher may equal. */
  siteNames: Record<string, number[]>;
  /** Words in the longest name, which bounds the name search in a disclaimer. */
  longestNameWords: number;
  /** The user's own entries that were invalid and left out, with the reason. */
  dropped: string[];
}

/** The parts of the settings the index depends on. */
export type IndexSettings = Pick<Settings, 'jurisdictions' | 'noticeMode'> & { userRules: UserRules };

/** Other hosts of a platform where the same account paths work. */
const PLATFORM_ALIASES: Record<string, string[]> = {
  't.me': ['telegram.me'],
  'vk.com': ['vk.ru'],
  'x.com': ['twitter.com'],
};

/** An own property of a record, never one inherited from Object.prototype ("constructor"). */
export function lookup<T>(record: Record<string, T>, key: string): T | undefined {
  const value = record[key];
  return value !== undefined && Object.hasOwn(record, key) ? value : undefined;
}

function add(record: Record<string, number[]>, key: string, entry: number): void {
  const existing = lookup(record, key);
  if (existing === undefined) record[key] = [entry];
  else if (!existing.includes(entry)) existing.push(entry);
}

function settingApplies(jurisdictions: Settings['jurisdictions'], activation: ListActivation): boolean {
  return jurisdictions[activation];
}

/** A list is active when a jurisdiction it names applies or the user enabled it; disabling wins. */
export function isListActive(list: Pick<RuleList, 'id' | 'activeWhen'>, settings: IndexSettings): boolean {
  const { enabledLists, disabledLists } = settings.userRules;
  if (disabledLists.includes(list.id)) return false;
  if (enabledLists.includes(list.id) || list.id === USER_LIST_ID) return true;
  return list.activeWhen.some((activation) => settingApplies(settings.jurisdictions, activation));
}

/** The hash of the index's inputs: equal inputs, equal key, so a cached index can be reused. */
export function indexKey(lists: readonly RuleList[], settings: IndexSettings): string {
  return hashText(
    JSON.stringify([INDEX_FORMAT, lists, settings.jurisdictions, settings.noticeMode, settings.userRules]),
  );
}

function compileList(list: RuleList, settings: IndexSettings): CompiledList {
  const userActs = lookup(settings.userRules.actPolicies, list.id) ?? {};
  const noticeMode =
    settings.noticeMode !== 'per-list'
      ? settings.noticeMode
      : (lookup(settings.userRules.noticeModes, list.id) ?? list.policy.noticeMode);
  return {
    id: list.id,
    title: list.title,
    jurisdictions: list.jurisdictions,
    authority: list.authority,
    legalBasis: list.legalBasis,
    lawSummary: list.lawSummary,
    version: list.version,
    acts: { ...list.policy.acts, ...userActs },
    noticeMode,
    ...(list.texts ? { texts: list.texts } : {}),
  };
}

function compileEntry(listId: string, entry: RuleEntry): CompiledEntry {
  const { register } = entry;
  return {
    listId,
    entryId: entry.id,
    names: entry.names,
    verified: entry.verified,
    sources: entry.sources,
    ...(register?.decisionDate ? { decidedOn: register.decisionDate } : {}),
    ...(register?.registerDate ? { listedOn: register.registerDate } : {}),
    ...(register?.entryNumber ? { registerEntry: register.entryNumber } : {}),
  };
}

function normalizedNames(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter((name): name is string => name !== undefined).map(normalizeName))].filter(
    (name) => name !== '',
  );
}

/**
 * Compiles the active lists and the user's layer into one index. Run once per change of lists or
 * settings, never per page. The user's layer is keyed "listId/entryId", so a new version of a
 * bundled list keeps the user's changes.
 */
export function compileIndex(lists: readonly RuleList[], settings: IndexSettings): CompiledIndex {
  const { userRules } = settings;
  const user = userList(userRules.entries);
  const index: CompiledIndex = {
    format: INDEX_FORMAT,
    key: indexKey(lists, settings),
    lists: {},
    entries: [],
    domains: {},
    accounts: {},
    names: {},
    siteNames: {},
    longestNameWords: 0,
    dropped: user.dropped,
  };
  const disabledEntries = new Set(userRules.disabledEntries);
  for (const list of [...lists, user.list]) {
    if (list.entries.length === 0 || !isListActive(list, settings) || lookup(index.lists, list.id)) continue;
    index.lists[list.id] = compileList(list, settings);
    for (const entry of list.entries) {
      const key = `${list.id}/${entry.id}`;
      if (disabledEntries.has(key)) continue;
      const position = index.entries.push(compileEntry(list.id, entry)) - 1;
      for (const domain of [...(entry.domains ?? []), ...(lookup(userRules.extraDomains, key) ?? [])]) {
        add(index.domains, domain, position);
      }
      for (const account of entry.accounts ?? []) {
        for (const host of [account.host, ...(lookup(PLATFORM_ALIASES, account.host) ?? [])]) {
          const paths = lookup(index.accounts, host) ?? (index.accounts[host] = {});
          add(paths, account.path, position);
        }
      }
      const { en, ru, uk, be } = entry.names;
      const mentionable = normalizedNames([en, ru, uk, be, ...(entry.aliases ?? [])]);
      for (const name of mentionable) {
        add(index.names, name, position);
        index.longestNameWords = Math.max(index.longestNameWords, name.split(' ').length);
      }
      for (const name of [...mentionable, ...normalizedNames(entry.signals?.siteNames ?? [])]) add(index.siteNames, name, position);
    }
  }
  return index;
}
