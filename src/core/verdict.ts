import type { ActPolicy } from './acts';
import type { LocalizedText } from './i18n';

/** What made the extension decide: one piece of evidence per signal that matched. */
export type EvidenceKind = 'domain' | 'account' | 'canonical' | 'publisher' | 'disclaimer';

export interface Evidence {
  kind: EvidenceKind;
  /** Human-readable detail, e.g. the matched host or the disclaimer phrase found. */
  detail: string;
  listId: string;
  entryId: string;
}

export interface Source {
  publisher: string;
  title?: string;
  url?: string;
  date?: string;
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
}

export interface Verdict {
  flagged: boolean;
  matches: VerdictMatch[];
  evidence: Evidence[];
  /** The strictest policy per act over all matched lists. */
  acts?: ActPolicy;
}

export const NOT_FLAGGED: Verdict = Object.freeze({ flagged: false, matches: [], evidence: [] }) as Verdict;
