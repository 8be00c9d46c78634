import type { ActPolicy } from '../acts';
import type { LocalizedText } from '../i18n';
import type { Settings } from '../settings/defaults';
import type { LegalArticle, NoticeMode, Source } from '../verdict';
import { hashText } from './hash';
import { normalizeName } from './names';
import type { ListActivation, RuleEntry, RuleList } from './schema';
import { USER_LIST_ID, userList, type UserRules } from './user-list';

/** Bump when the shape below changes, so a cached index of the old shape is rebuilt. */
export const INDEX_FORMAT = 5;

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
  /** "host/path" of the accounts that only third parties tie to their organization. */
  unverifiedAccounts: Record<string, true>;
  /** Normalized organization name or alias -> entries: what a disclaimer may mention. */
  names: Record<string, number[]>;
  /** Names, aliases and further site names -> entries: what og:site_name or a publisher may equal. */
  siteNames: Record<string, number[]>;
  /** Words in the longest name, which bounds the name search in a disclaimer. */
  longestNameWords: number;
  /** The user's own entries that were invalid and left out, with the reason. */
  dropped: string[];
  /** Lists that could not be compiled and were left out ("id: why"); the others still work. */
  failedLists: string[];
}

/** The parts of the settings the index depends on. */
export type IndexSettings = Pick<Settings, 'jurisdictions' | 'noticeMode'> & { userRules: UserRules };

/** Other hosts of a platform where the same account paths work. */
const PLATFORM_ALIASES: Record<string, string[]> = {
  // Telegram Web names the open chat by its username (src/content/platforms/telegram.ts).
  't.me': ['telegram.me', 'web.telegram.org'],
  'vk.com': ['vk.ru'],
  'x.com': ['twitter.com'],
};

/** VK answers for a community as /club123 and /public123 alike (and /event123 for an event). */
const VK_COMMUNITY = /^\/(club|public|event)(\d+)$/;

/** The paths under which a platform shows the same account: a list may name any one of them. */
function accountPathForms(host: string, path: string): string[] {
  const community = host === 'vk.com' ? VK_COMMUNITY.exec(path) : null;
  return community ? [...new Set([path, `/club${community[2]}`, `/public${community[2]}`])] : [path];
}

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

/** One list compiled on its own, merged into the index only when all of it compiled. */
interface StagedList {
  list: CompiledList;
  entries: {
    compiled: CompiledEntry;
    domains: string[];
    accounts: { host: string; path: string; verified: boolean }[];
    mentionable: string[];
    siteNames: string[];
  }[];
}

function stageList(list: RuleList, settings: IndexSettings): StagedList {
  const { userRules } = settings;
  const disabledEntries = new Set(userRules.disabledEntries);
  const entries: StagedList['entries'] = [];
  for (const entry of list.entries) {
    const key = `${list.id}/${entry.id}`;
    if (disabledEntries.has(key)) continue;
    const { en, ru, uk, be } = entry.names;
    const mentionable = normalizedNames([en, ru, uk, be, ...(entry.aliases ?? [])]);
    entries.push({
      compiled: compileEntry(list.id, entry),
      domains: [...(entry.domains ?? []), ...(lookup(userRules.extraDomains, key) ?? [])],
      accounts: (entry.accounts ?? []).flatMap((account) =>
        [account.host, ...(lookup(PLATFORM_ALIASES, account.host) ?? [])].flatMap((host) => accountPathForms(account.host, account.path).map((path) => ({
          host,
          path,
          verified: account.verified !== false,
        }))),
      ),
      mentionable,
      siteNames: [...mentionable, ...normalizedNames(entry.signals?.siteNames ?? [])],
    });
  }
  return { list: compileList(list, settings), entries };
}

function describeList(list: unknown): string {
  const id = typeof list === 'object' && list !== null ? (list as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : 'a list without an id';
}

/**
 * Compiles the active lists and the user's layer into one index. Run once per change of lists or
 * settings, never per page. The user's layer is keyed "listId/entryId", so a new version of a
 * bundled list keeps the user's changes. A list that fails to compile (a malformed subscribed copy)
 * is left out and named in `failedLists`, so it never takes the other lists down with it.
 */
export function compileIndex(lists: readonly RuleList[], settings: IndexSettings): CompiledIndex {
  const user = userList(settings.userRules.entries);
  const index: CompiledIndex = {
    format: INDEX_FORMAT,
    key: indexKey(lists, settings),
    lists: {},
    entries: [],
    domains: {},
    accounts: {},
    unverifiedAccounts: {},
    names: {},
    siteNames: {},
    longestNameWords: 0,
    dropped: user.dropped,
    failedLists: [],
  };
  for (const list of [...lists, user.list]) {
    let staged: StagedList;
    try {
      if (list.entries.length === 0 || !isListActive(list, settings) || lookup(index.lists, list.id)) continue;
      staged = stageList(list, settings);
    } catch (error) {
      index.failedLists.push(`${describeList(list)}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    index.lists[list.id] = staged.list;
    for (const entry of staged.entries) {
      const position = index.entries.push(entry.compiled) - 1;
      for (const domain of entry.domains) add(index.domains, domain, position);
      for (const { host, path, verified } of entry.accounts) {
        add(lookup(index.accounts, host) ?? (index.accounts[host] = {}), path, position);
        if (!verified) index.unverifiedAccounts[host + path] = true;
      }
      for (const name of entry.mentionable) {
        add(index.names, name, position);
        index.longestNameWords = Math.max(index.longestNameWords, name.split(' ').length);
      }
      for (const name of entry.siteNames) add(index.siteNames, name, position);
    }
  }
  return index;
}
