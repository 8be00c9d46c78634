import * as v from 'valibot';
import { ACTS, POLICIES } from '../acts';
import { LANGUAGES } from '../i18n';
import { EntrySchema } from '../rules/schema';
import { dayOf } from './day';
import { isAllowedListUrl } from './subscription-copy';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings } from './defaults';

/**
 * Runtime validation of Settings. Users edit settings (import files, other devices through sync,
 * older versions of the extension), so nothing is written or used before it passes this schema.
 */

/** Generous limits: far above real use, low enough that storage quotas and the UI stay sound. */
export const LIMITS = {
  textLength: 4000,
  listItems: 5000,
  hostLength: 253,
  urlLength: 2048,
  userEntries: 500,
} as const;

const HOST_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** "listId/entryId": both parts lowercase identifiers, as rule lists name them. */
const ENTRY_KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/;
/** A platform account as the notice names it: "youtube.com/@tvrain", "vk.com/club123". */
const ACCOUNT_KEY_PATTERN = /^(?:[a-z0-9-]+\.)+[a-z0-9-]+\/[^\s?#/][^\s?#]*$/;
const LIST_ID_PATTERN = /^[a-z0-9][a-z0-9._:/-]*$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

const hostSchema = v.pipe(v.string(), v.maxLength(LIMITS.hostLength), v.regex(HOST_PATTERN, 'must be a lowercase host name such as example.org'));
const listIdSchema = v.pipe(v.string(), v.maxLength(LIMITS.urlLength), v.regex(LIST_ID_PATTERN, 'must be a list id'));
const entryKeySchema = v.pipe(v.string(), v.maxLength(200), v.regex(ENTRY_KEY_PATTERN, 'must be "listId/entryId"'));
const accountKeySchema = v.pipe(v.string(), v.maxLength(300), v.regex(ACCOUNT_KEY_PATTERN, 'must be an account such as "youtube.com/@name"'));
const timestampSchema = v.pipe(v.string(), v.isoTimestamp('must be an ISO date and time'));
const actSchema = v.picklist(ACTS);
const policySchema = v.picklist(POLICIES);
const bannerOrInterstitial = v.picklist(['banner', 'interstitial'] as const);

function limitedArray<T extends v.GenericSchema>(item: T, max: number = LIMITS.listItems) {
  return v.pipe(v.array(item), v.maxLength(max, `must have at most ${max} items`));
}

const listUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.urlLength),
  v.check(isAllowedListUrl, 'must be an https:// address on the internet (not inside the local network)'),
);

const textTemplateSchema = v.pipe(v.string(), v.maxLength(LIMITS.textLength, `must be at most ${LIMITS.textLength} characters`));

/** Field schemas, one per Settings key, so a damaged field can be replaced alone. */
export const SETTINGS_FIELDS = {
  schemaVersion: v.literal(SETTINGS_SCHEMA_VERSION),
  language: v.picklist([...LANGUAGES, 'auto'] as const),
  jurisdictions: v.strictObject({
    russia: v.boolean(),
    russianPassport: v.boolean(),
    belarus: v.boolean(),
    answered: v.boolean(),
  }),
  noticeMode: v.picklist(['per-list', 'banner', 'interstitial'] as const),
  lowVisibility: v.boolean(),
  markLinks: v.boolean(),
  guardOutboundLinks: v.boolean(),
  texts: v.record(
    v.pipe(v.string(), v.maxLength(100), v.regex(/^[a-zA-Z0-9._-]+$/, 'must be a text key')),
    v.strictObject({
      en: v.optional(textTemplateSchema),
      ru: v.optional(textTemplateSchema),
      uk: v.optional(textTemplateSchema),
      be: v.optional(textTemplateSchema),
    }),
  ),
  userRules: v.strictObject({
    disabledLists: limitedArray(listIdSchema),
    enabledLists: limitedArray(listIdSchema),
    disabledEntries: limitedArray(entryKeySchema),
    extraDomains: v.record(entryKeySchema, limitedArray(hostSchema, 200)),
    actPolicies: v.record(
      listIdSchema,
      v.strictObject(Object.fromEntries(ACTS.map((act) => [act, v.optional(policySchema)])) as Record<
        (typeof ACTS)[number],
        v.OptionalSchema<typeof policySchema, undefined>
      >),
    ),
    noticeModes: v.record(listIdSchema, bannerOrInterstitial),
    /** The user's own entries, in the rule-list entry format. */
    entries: limitedArray(EntrySchema, LIMITS.userEntries),
  }),
  siteExceptions: limitedArray(
    v.strictObject({ host: hostSchema, kind: v.picklist(['paused', 'dismissed'] as const), addedAt: timestampSchema }),
  ),
  dismissedOrganizations: limitedArray(entryKeySchema),
  // Files exported before accounts could be dismissed have no such field.
  dismissedAccounts: v.optional(limitedArray(accountKeySchema), () => []),
  pausedAccounts: v.optional(limitedArray(accountKeySchema), () => []),
  actExceptions: limitedArray(v.strictObject({ host: hostSchema, act: actSchema })),
  subscriptions: limitedArray(
    v.strictObject({
      url: listUrlSchema,
      sha256: v.optional(v.pipe(v.string(), v.regex(SHA256_PATTERN, 'must be 64 lowercase hexadecimal digits'))),
      enabled: v.boolean(),
      addedAt: timestampSchema,
    }),
    100,
  ),
} satisfies { [K in keyof Settings]: v.GenericSchema };

export const SettingsSchema = v.strictObject(SETTINGS_FIELDS);

// Compile-time check that whatever the schema accepts is a Settings object.
const schemaOutputIsSettings: [v.InferOutput<typeof SettingsSchema>] extends [Settings] ? true : false = true;
void schemaOutputIsSettings;

export interface SettingsIssue {
  /** JSON path of the offending value, e.g. `$.userRules.disabledLists[2]`. */
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: SettingsIssue[] };

/** Renders a valibot issue path the way JSON tools show it: `$.a.b[3]["odd key"]`. */
export function jsonPath(segments: readonly (string | number)[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

export function issuesOf(issues: readonly v.BaseIssue<unknown>[], prefix: readonly (string | number)[] = []): SettingsIssue[] {
  return issues.map((issue) => {
    const segments = (issue.path ?? []).map((item) => item.key as string | number);
    return { path: jsonPath([...prefix, ...segments]), message: issue.message };
  });
}

/** Strict validation: the whole object must be valid Settings. */
export function validateSettings(input: unknown): Validation<Settings> {
  const result = v.safeParse(SettingsSchema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, issues: issuesOf(result.issues) };
}

/**
 * Lenient reading of stored settings: each field that is invalid or missing falls back to its
 * default, the rest is kept, and every replaced field is reported.
 */
export function repairSettings(input: unknown): { settings: Settings; issues: SettingsIssue[] } {
  const source = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const settings = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, unknown>;
  const issues: SettingsIssue[] = [];
  for (const [key, schema] of Object.entries(SETTINGS_FIELDS)) {
    if (!(key in source)) continue;
    const value = key === 'userRules' ? withoutInvalidEntries(source[key], issues) : source[key];
    const result = v.safeParse(schema as v.GenericSchema, value);
    if (result.success) {
      settings[key] = result.output;
      continue;
    }
    // A list or a record of items loses only its bad items (one bad paused site must not take all).
    const items = withoutInvalidItems(key as keyof Settings, value);
    const retried = items && v.safeParse(schema as v.GenericSchema, items.value);
    if (items && retried?.success) {
      settings[key] = retried.output;
      issues.push(...items.issues);
    } else issues.push(...issuesOf(result.issues, [key]));
  }
  const repaired = settings as unknown as Settings;
  // Stored by earlier versions to the millisecond: kept to the day from now on (see ./day.ts).
  repaired.siteExceptions = repaired.siteExceptions.map((exception) => ({ ...exception, addedAt: dayOf(new Date(exception.addedAt)) }));
  return { settings: repaired, issues };
}

/**
 * The valid items of a list field (siteExceptions, subscriptions...) or a record field (texts), with
 * an issue for each item left out; undefined for other fields and other values. Each item is checked
 * with the field's own schema, as a list or record of that one item.
 */
export function withoutInvalidItems(key: keyof Settings, value: unknown): { value: unknown; issues: SettingsIssue[] } | undefined {
  const schema = SETTINGS_FIELDS[key] as v.GenericSchema;
  const issues: SettingsIssue[] = [];
  const itemIssues = (item: unknown, segment: string | number) => {
    const result = v.safeParse(schema, typeof segment === 'number' ? [item] : { [segment]: item });
    if (result.success) return true;
    // Checked alone, a list item sits at [0]: its issues are moved to where it really is.
    const alonePath = jsonPath([key, 0]);
    issues.push(
      ...issuesOf(result.issues, [key]).map((issue) =>
        typeof segment === 'number' && issue.path.startsWith(alonePath)
          ? { ...issue, path: jsonPath([key, segment]) + issue.path.slice(alonePath.length) }
          : issue,
      ),
    );
    return false;
  };
  if (Array.isArray(value) && schema.type === 'array') {
    return { value: value.filter((item, index) => itemIssues(item, index)), issues };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && schema.type === 'record') {
    return { value: Object.fromEntries(Object.entries(value).filter(([itemKey, item]) => itemIssues(item, itemKey))), issues };
  }
  return undefined;
}

/** One damaged entry of the user's own must not take their other rules with it. */
function withoutInvalidEntries(userRules: unknown, issues: SettingsIssue[]): unknown {
  if (typeof userRules !== 'object' || userRules === null) return userRules;
  const entries = (userRules as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return userRules;
  const kept = entries.filter((entry, index) => {
    const result = v.safeParse(EntrySchema, entry);
    if (!result.success) issues.push(...issuesOf(result.issues, ['userRules', 'entries', index]));
    return result.success;
  });
  return { ...userRules, entries: kept };
}
