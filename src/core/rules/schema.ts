import * as v from 'valibot';
import { ACTS, POLICIES } from '../acts';

/**
 * The rule-list format, version 1: one definition gives the TypeScript types (InferOutput) and the
 * runtime check for lists from elsewhere (subscriptions, the user's own entries). Bundled lists
 * are checked by the data test instead, so the content script never carries valibot.
 * Documented with examples in docs/rules.md.
 */
export const RULE_LIST_FORMAT = 1;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Lowercase ASCII (punycode) hostname with at least two labels, no scheme, port or trailing dot. */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** An account path: one or more lowercase segments, e.g. "/meduzalive" or "/@handle". */
const ACCOUNT_PATH = /^(?:\/[a-z0-9@._~-]+)+$/;

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
export const LocalizedTextSchema = v.object({
  en: text,
  ru: v.optional(text),
  uk: v.optional(text),
  be: v.optional(text),
});

export const IsoDateSchema = v.pipe(v.string(), v.regex(ISO_DATE, 'a date as YYYY-MM-DD'));
export const HostnameSchema = v.pipe(v.string(), v.regex(HOSTNAME, 'a lowercase hostname without scheme, port or path'));
const SlugSchema = v.pipe(v.string(), v.regex(SLUG, 'lowercase letters, digits and dashes'));

export const SourceSchema = v.object({
  /** Who published it: a newspaper, an agency, the organization itself, the register. */
  publisher: text,
  title: v.optional(text),
  /** Only where a real address is known: never invented. */
  url: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  /** ISO date, or an identifier such as an article number. */
  date: v.optional(IsoDateSchema),
  id: v.optional(text),
});

export const AccountSchema = v.object({
  /** The platform's host; it matches its subdomains too (www., m.). */
  host: HostnameSchema,
  /** Path prefix, matched on whole segments and without regard to case. */
  path: v.pipe(v.string(), v.regex(ACCOUNT_PATH, 'a lowercase path such as /meduzalive')),
  /** False when only a third party ties the account to the organization (matched all the same). */
  verified: v.optional(v.boolean()),
  /** Where the tie between the account and the organization was seen. */
  sources: v.optional(v.array(SourceSchema)),
});

/** Acts an article of law can punish: reading never is, so it cannot be named. */
const PunishableActSchema = v.picklist(ACTS.filter((act) => act !== 'read'));

export const LegalArticleSchema = v.object({
  article: LocalizedTextSchema,
  penalty: LocalizedTextSchema,
  /**
   * The acts this article (or the cases recorded under it) punishes: what the notice's risk
   * sentence names. An act only guarded by the user's choice is never listed here.
   */
  acts: v.optional(v.array(PunishableActSchema)),
});

export const EntrySchema = v.object({
  id: SlugSchema,
  /** The organization's names; `en` is required, the others where the organization uses them. */
  names: LocalizedTextSchema,
  /** Other names it goes by (register spellings, short forms, service names), any language. */
  aliases: v.optional(v.array(text)),
  register: v.optional(
    v.object({
      decisionDate: v.optional(IsoDateSchema),
      registerDate: v.optional(IsoDateSchema),
      entryNumber: v.optional(text),
      /** The register's own wording of the name. */
      registeredName: v.optional(text),
    }),
  ),
  /** Each domain matches itself and all its subdomains. */
  domains: v.optional(v.array(HostnameSchema)),
  accounts: v.optional(v.array(AccountSchema)),
  /**
   * Page signals beyond the domains. `siteNames`: further names the site gives itself
   * (og:site_name, publisher), compared whole only and never looked for inside a disclaimer:
   * the place for brand names that are also common words ("Настоящее время", "Дождь").
   */
  signals: v.optional(
    v.object({
      siteNames: v.optional(v.array(text)),
    }),
  ),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every entry needs at least one source')),
  /** False when part of the entry (e.g. the domain mapping) rests on a third party's list only. */
  verified: v.boolean(),
});

const PolicySchema = v.picklist(POLICIES);
export const ActPolicySchema = v.object(
  Object.fromEntries(ACTS.map((act) => [act, PolicySchema])) as Record<(typeof ACTS)[number], typeof PolicySchema>,
);
export const NoticeModeSchema = v.picklist(['banner', 'interstitial']);
/** Settings switches that make a list active by default. */
export const ActivationSchema = v.picklist(['russia', 'russianPassport', 'belarus']);

export const RuleListSchema = v.object({
  format: v.literal(RULE_LIST_FORMAT),
  id: SlugSchema,
  title: LocalizedTextSchema,
  /** ISO 3166-1 alpha-2 codes of the states whose law the list is about. */
  jurisdictions: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))), v.minLength(1)),
  authority: LocalizedTextSchema,
  legalBasis: v.array(LegalArticleSchema),
  /** What the law means for a reader, in one or two sentences. */
  lawSummary: LocalizedTextSchema,
  /** The date the list's content was last checked against its sources. */
  version: IsoDateSchema,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  /** The list is active when any of these settings applies (the user can still switch it). */
  activeWhen: v.array(ActivationSchema),
  policy: v.object({ acts: ActPolicySchema, noticeMode: NoticeModeSchema }),
  /** Notice texts by key with {placeholders}; they override the extension's default texts. */
  texts: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-zA-Z][\w.-]*$/)), LocalizedTextSchema)),
  entries: v.array(EntrySchema),
});

export type RuleList = v.InferOutput<typeof RuleListSchema>;
export type RuleEntry = v.InferOutput<typeof EntrySchema>;
export type RuleAccount = v.InferOutput<typeof AccountSchema>;
export type RuleSource = v.InferOutput<typeof SourceSchema>;
export type ListActivation = v.InferOutput<typeof ActivationSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: string[] };

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Checks a rule list from outside (a subscription); says what is wrong instead of throwing. */
export function parseRuleList(input: unknown): ParseResult<RuleList> {
  if (typeof input === 'object' && input !== null && (input as { format?: unknown }).format !== RULE_LIST_FORMAT) {
    return { ok: false, issues: [`format: this version reads rule lists of format ${RULE_LIST_FORMAT} only`] };
  }
  const result = v.safeParse(RuleListSchema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, issues: describeIssues(result.issues) };
}

/**
 * Keeps the user's own entries that are valid and says why the others were dropped, so one bad
 * entry never disables the rest.
 */
export function parseUserEntries(input: readonly unknown[]): { entries: RuleEntry[]; dropped: string[] } {
  const entries: RuleEntry[] = [];
  const dropped: string[] = [];
  input.forEach((candidate, index) => {
    const result = v.safeParse(EntrySchema, candidate);
    if (result.success) entries.push(result.output);
    else dropped.push(`entries.${index}: ${describeIssues(result.issues).join('; ')}`);
  });
  return { entries, dropped };
}

/** The canonical text of a list: what the bundled JSON files must be byte for byte. */
export function formatRuleList(list: RuleList): string {
  return JSON.stringify(list, null, 2) + '\n';
}
