import type { Act, ActPolicy } from './acts';
import type { LocalizedText } from './i18n';

/** What made the extension decide: one piece of evidence per signal that matched. */
export type EvidenceKind = 'domain' | 'account' | 'canonical' | 'publisher' | 'disclaimer';

export interface Evidence {
  kind: EvidenceKind;
  /** Human-readable detail, e.g. the matched host or the disclaimer phrase found. */
  detail: string;
  listId: string;
  entryId: string;
  /** Set on account evidence when only third parties tie that account to the organization. */
  unverified?: true;
}

export interface Source {
  publisher: string;
  title?: string;
  /** Only where a real address is known. */
  url?: string;
  /** ISO date of the publication. */
  date?: string;
  /** An identifier where there is no address, e.g. "article 32827808". */
  id?: string;
}

/** How a notice is shown: a strip over the page, or a full cover the reader must pass first. */
export type NoticeMode = 'banner' | 'interstitial';

/** One article of law a list rests on, with what it costs the reader. */
export interface LegalArticle {
  /** Short citation, e.g. "KoAP RF Art. 20.33". */
  article: LocalizedText;
  /** One line on the penalty, e.g. "Fine of 5,000-15,000 RUB". */
  penalty: LocalizedText;
  /** The acts the article punishes, which the risk sentence names. */
  acts?: Exclude<Act, 'read'>[];
}

/** One flagged organization on the page, with what the notice needs to explain it. */
export interface VerdictMatch {
  listId: string;
  entryId: string;
  organization: LocalizedText;
  jurisdictions: string[];
  /** ISO date the organization was entered in the register, where known. */
  listedOn?: string;
  sources: Source[];
  /** ISO date of the decision that listed the organization, where known. */
  decidedOn?: string;
  /** The register's own entry number, where known. */
  registerEntry?: string;
  /** False when part of the entry (usually the domain mapping) rests on a third party only. */
  verified?: boolean;
  /** Title of the list the organization is on, e.g. "Undesirable organizations (Russia)". */
  listTitle?: LocalizedText;
  /** Who keeps the list, e.g. "Ministry of Justice of the Russian Federation". */
  authority?: LocalizedText;
  /** The list's short summary of what the law means for the reader. */
  lawSummary?: LocalizedText;
  legalBasis?: LegalArticle[];
  /** The list's own notice texts by key, with {placeholders}; they override the defaults. */
  noticeTexts?: Record<string, LocalizedText>;
}

export interface Verdict {
  flagged: boolean;
  matches: VerdictMatch[];
  evidence: Evidence[];
  /** The strictest policy per act over all matched lists, after the user's overrides. */
  acts?: ActPolicy;
  /** The ids of the lists with a match. */
  lists?: string[];
  /** The jurisdictions (ISO 3166-1 alpha-2) of the matched lists. */
  jurisdictions?: string[];
  /** How to show the notice: the user's choice, else the strictest over the matched lists. */
  noticeMode?: NoticeMode;
}

export const NOT_FLAGGED: Verdict = Object.freeze({ flagged: false, matches: [], evidence: [] }) as Verdict;
