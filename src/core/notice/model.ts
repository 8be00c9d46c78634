import { ACTS, type Act } from '../acts';
import { localize, type Language } from '../i18n';
import type { Evidence, LegalArticle, NoticeMode, Source, Verdict, VerdictMatch } from '../verdict';
import { accountKeysOf, isFlaggedByAccountsOnly } from './dismissals';
import { organizationKey } from './organization-key';
import { fillTemplate } from './template';
import { ACT_WORDS, JURISDICTION_NAMES, LIST_OR, type VerdictNoticeTexts } from './texts';

/**
 * Everything the notice shows, as plain text: built from a verdict and the resolved texts by
 * `buildNoticeModel`, drawn by `renderNotice`. No HTML anywhere; links are checked http(s) URLs.
 */
export interface NoticeModel {
  mode: NoticeMode;
  language: Language;
  /** "listId/entryId" of every matched organization, for "don't show again for this organization". */
  organizationKeys: string[];
  /** On a page flagged only by the accounts whose content it shows, those accounts, for "don't show again for this account". */
  accountKeys: string[];
  regionLabel: string;
  headline: string;
  facts: string[];
  risk: string;
  law: string;
  unverified: string[];
  /**
   * On a platform, the account whose content this is, and how it is tied to the organization
   * (its own statement, or third-party lists only): shown with the facts, in plain view.
   */
  accounts: string[];
  whyToggle: string;
  evidenceHeading: string;
  evidence: string[];
  lawHeading: string;
  lawSummary: string[];
  penalties: string[];
  sourcesHeading: string;
  sources: { text: string; url?: string }[];
  continueLabel: string;
  goBackLabel: string;
  dismissHeading: string;
  dismissSite: string;
  dismissOrganization: string;
  /** Offered only where the page is flagged by its accounts alone; empty elsewhere. */
  dismissAccount: string;
  dismissSession: string;
  /** Shown only on the extension's own warning page, which a page that fought the notice leads to. */
  movedHere: string;
}

/** How long "don't show again" lasts: for this site, for these organizations or accounts, until the browser closes. */
export type DismissScope = 'site' | 'organization' | 'account' | 'session';

/** The acts the risk sentence names for a list whose articles name none (the user's own entries). */
const DEFAULT_PUNISHED_ACTS = ['share', 'like', 'comment', 'save', 'donate', 'contact'] as const;

/** "a, b or c" in the reader's language. */
export function joinAlternatives(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${LIST_OR[language]} ${items[items.length - 1]}`;
}

export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}

/**
 * The acts the law punishes, as the matched lists' articles name them, in the usual order. Acts
 * guarded only by the user's choice (copying, printing…) are never among them, whatever the policy.
 */
export function punishedActs(matches: readonly VerdictMatch[]): Exclude<Act, 'read'>[] {
  const named = new Set<Act>();
  for (const match of matches) {
    const articles = match.legalBasis ?? [];
    const acts = articles.flatMap((article) => article.acts ?? []);
    for (const act of acts.length > 0 ? acts : DEFAULT_PUNISHED_ACTS) named.add(act);
  }
  return ACTS.filter((act): act is Exclude<Act, 'read'> => act !== 'read' && named.has(act));
}

/** Each matched list once, with its articles: a page on two lists shows both laws. */
function matchedArticles(matches: readonly VerdictMatch[]): LegalArticle[] {
  const seen = new Set<string>();
  const articles: LegalArticle[] = [];
  for (const match of matches) {
    if (seen.has(match.listId)) continue;
    seen.add(match.listId);
    articles.push(...(match.legalBasis ?? []));
  }
  return articles;
}

function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function sourceLine(source: Source, language: Language): { text: string; url?: string } {
  const parts = [source.publisher, source.title ? `“${source.title}”` : '', source.date ? formatDate(source.date, language) : ''];
  const url = safeUrl(source.url);
  return { text: parts.filter(Boolean).join(', '), ...(url ? { url } : {}) };
}

/** The matches grouped by list, in the order the lists first appear. */
function byList(matches: readonly VerdictMatch[]): VerdictMatch[][] {
  const groups = new Map<string, VerdictMatch[]>();
  for (const match of matches) groups.set(match.listId, [...(groups.get(match.listId) ?? []), match]);
  return [...groups.values()];
}

/**
 * One list: its headline with all the values. Several: each list's own headline for its own
 * organizations, jurisdiction and title, so that each law's name for them is said.
 */
function headline(verdict: Verdict, texts: VerdictNoticeTexts, language: Language, values: Record<string, string | undefined>): string {
  const groups = byList(verdict.matches);
  if (groups.length <= 1) return fillTemplate(texts.headline, values);
  return groups.map((group) => {
    const first = group[0]!;
    const template = texts.listHeadlines && Object.hasOwn(texts.listHeadlines, first.listId) ? texts.listHeadlines[first.listId]! : texts.headline;
    return fillTemplate(template, {
      ...values,
      organization: unique(group.map((match) => localize(match.organization, language))).join(', '),
      list: first.listTitle ? localize(first.listTitle, language) : '',
      jurisdiction: first.jurisdictions.map((code) => JURISDICTION_NAMES[code]?.[language] ?? code).join(', '),
    });
  }).join('; ');
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((item) => item !== ''))];
}

/**
 * The notice for a flagged verdict in `language`, with `texts` already resolved for that language
 * (see resolveNoticeTexts). Pure: the same inputs give the same notice.
 */
export function buildNoticeModel(
  verdict: Verdict,
  texts: VerdictNoticeTexts,
  language: Language,
  mode: NoticeMode = verdict.noticeMode ?? 'banner',
): NoticeModel {
  const name = (match: VerdictMatch) => localize(match.organization, language);
  const organizations = unique(verdict.matches.map(name));
  const organization = organizations.join(', ');
  const first = verdict.matches[0];
  const jurisdictionCodes = verdict.jurisdictions ?? unique(verdict.matches.flatMap((match) => match.jurisdictions));
  const jurisdiction = jurisdictionCodes.map((code) => JURISDICTION_NAMES[code]?.[language] ?? code).join(', ');
  const articles = matchedArticles(verdict.matches);
  const values = {
    organization,
    list: first?.listTitle ? localize(first.listTitle, language) : '',
    jurisdiction,
    authority: first?.authority ? localize(first.authority, language) : '',
    listedOn: first?.listedOn ? formatDate(first.listedOn, language) : undefined,
    acts: joinAlternatives(punishedActs(verdict.matches).map((act) => ACT_WORDS[act][language]), language),
    law: articles.map((article) => localize(article.article, language)).join('; '),
    penalties: articles.map((article) => localize(article.penalty, language)).join(' '),
  };

  const facts = unique(verdict.matches.map((match) => fillTemplate(
    match.listedOn ? texts.listedFacts : texts.listedFactsUndated,
    {
      ...values,
      authority: match.authority ? localize(match.authority, language) : values.authority,
      jurisdiction: match.jurisdictions.map((code) => JURISDICTION_NAMES[code]?.[language] ?? code).join(', '),
      listedOn: match.listedOn ? formatDate(match.listedOn, language) : undefined,
    },
  )));

  const matchOf = (evidence: Evidence) =>
    verdict.matches.find((m) => m.listId === evidence.listId && m.entryId === evidence.entryId);
  const organizationOf = (evidence: Evidence): string => {
    const match = matchOf(evidence);
    return match ? name(match) : organization;
  };

  const onPlatformOnly = isFlaggedByAccountsOnly(verdict.evidence);
  return {
    mode,
    language,
    organizationKeys: unique(verdict.matches.map(organizationKey)),
    accountKeys: onPlatformOnly ? accountKeysOf(verdict.evidence) : [],
    regionLabel: fillTemplate(texts.regionLabel, values),
    headline: headline(verdict, texts, language, values),
    facts,
    risk: fillTemplate(texts.risk, values),
    law: articles.length > 0 ? fillTemplate(texts.law, values) : '',
    unverified: unique(verdict.evidence.flatMap((item) => {
      if (item.kind === 'account') return [];
      const match = matchOf(item);
      return match?.verified === false ? [fillTemplate(texts.unverified, { ...values, organization: name(match) })] : [];
    })),
    accounts: unique(verdict.evidence.filter((item) => item.kind === 'account').map((item) => fillTemplate(
      item.unverified ? texts.unverifiedAccount : texts['evidence.account'],
      { ...values, detail: item.detail, organization: organizationOf(item) },
    ))),
    whyToggle: texts.whyToggle,
    evidenceHeading: texts.evidenceHeading,
    evidence: unique(verdict.evidence.map((item) => {
      const key = `evidence.${item.kind}` as const;
      // A kind this version has no text for still shows what matched.
      if (!Object.hasOwn(texts, key)) return item.detail;
      return fillTemplate(texts[key], { ...values, detail: item.detail, organization: organizationOf(item) });
    })),
    lawHeading: texts.lawHeading,
    lawSummary: unique(verdict.matches.map((match) => (match.lawSummary ? localize(match.lawSummary, language) : ''))),
    penalties: articles.map((article) => fillTemplate(texts.penalty, {
      article: localize(article.article, language),
      penalty: localize(article.penalty, language),
    })),
    sourcesHeading: texts.sourcesHeading,
    sources: verdict.matches.flatMap((match) => match.sources.map((source) => sourceLine(source, language))),
    continueLabel: texts.continue,
    goBackLabel: texts.goBack,
    dismissHeading: texts.dismissHeading,
    // On a platform the site is the whole platform: an account's notice is dismissed for that
    // account or its organization, never for every channel or chat there.
    dismissSite: onPlatformOnly ? '' : fillTemplate(texts.dismissSite, values),
    dismissOrganization: fillTemplate(texts.dismissOrganization, values),
    dismissAccount: onPlatformOnly ? texts.dismissAccount : '',
    dismissSession: onPlatformOnly ? '' : texts.dismissSession,
    movedHere: texts.movedHere,
  };
}
