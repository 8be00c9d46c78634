import type { CompiledIndex } from '../core/rules/compile';
import { classifyUrl, classifyUrls, type LinkMatch } from '../core/rules/match';
import { classifyPageSignals } from '../core/signals/evaluate';
import { sanitizePageSignals } from '../core/signals/types';
import type { Verdict } from '../core/verdict';

/** Most links one 'classify-links' message may ask about; the content script sends batches. */
export const MAX_LINKS_PER_REQUEST = 2_000;

export interface Classifier {
  /** 'classify-page': the verdict on a page by its address (and the accounts its content is of, on a platform). */
  classifyPage(url: string, accounts?: readonly string[]): Promise<Verdict>;
  /** For 'page-state': the verdict using what the page says about itself too. */
  classifySignals(url: string, signals: unknown, accounts?: readonly string[]): Promise<Verdict>;
  /** 'classify-links': one answer per URL, in order. */
  classifyLinks(urls: unknown): Promise<(LinkMatch | null)[]>;
}

/** Thin message handlers over the core; `index` gives the compiled index of the active lists. */
export function createClassifier(index: () => Promise<CompiledIndex>): Classifier {
  return {
    classifyPage: async (url, accounts) => classifyUrl(await index(), url, accounts),
    classifySignals: async (url, signals, accounts) => classifyPageSignals(await index(), url, sanitizePageSignals(signals), accounts),
    async classifyLinks(urls) {
      const list = Array.isArray(urls) ? urls.slice(0, MAX_LINKS_PER_REQUEST) : [];
      return classifyUrls(await index(), list.map((url) => (typeof url === 'string' ? url : '')));
    },
  };
}
