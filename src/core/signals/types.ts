/** Where on the page a disclaimer was found: page chrome, or the end of the body outside articles. */
export type DisclaimerRegion = 'footer' | 'header' | 'contentinfo' | 'banner' | 'body-tail';

/** Raw facts read from a page; they say nothing about lists until evaluated in the background. */
export interface PageSignals {
  /** Host of <link rel=canonical>, resolved against the page address. */
  canonicalHost: string | null;
  /** Host of <meta property=og:url>. */
  ogUrlHost: string | null;
  /** og:site_name values. */
  siteNames: string[];
  /** Names of organizations in schema.org JSON-LD: publisher, organization authors, the site's own. */
  publishers: string[];
  /** Text around each disclaimer phrase found in the page chrome or the end of the body. */
  disclaimers: { region: DisclaimerRegion; text: string }[];
}

export const EMPTY_SIGNALS: PageSignals = Object.freeze({
  canonicalHost: null,
  ogUrlHost: null,
  siteNames: [],
  publishers: [],
  disclaimers: [],
}) as PageSignals;

const REGIONS: readonly DisclaimerRegion[] = ['footer', 'header', 'contentinfo', 'banner', 'body-tail'];
const MAX_ITEMS = 8;
const MAX_TEXT = 600;

function shortText(value: unknown, max = MAX_TEXT): string | null {
  return typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null;
}

function textList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_ITEMS).flatMap((item) => shortText(item) ?? []);
}

/**
 * Signals as they arrive in a message: anything that is not the expected shape is dropped and
 * lengths are capped, so evaluation cost stays bounded whatever a sender puts in.
 */
export function sanitizePageSignals(raw: unknown): PageSignals {
  if (typeof raw !== 'object' || raw === null) return EMPTY_SIGNALS;
  const input = raw as Record<string, unknown>;
  const disclaimers = Array.isArray(input.disclaimers) ? input.disclaimers.slice(0, MAX_ITEMS) : [];
  return {
    canonicalHost: shortText(input.canonicalHost, 253),
    ogUrlHost: shortText(input.ogUrlHost, 253),
    siteNames: textList(input.siteNames),
    publishers: textList(input.publishers),
    disclaimers: disclaimers.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { region, text } = item as { region?: unknown; text?: unknown };
      const snippet = shortText(text);
      return REGIONS.includes(region as DisclaimerRegion) && snippet !== null
        ? [{ region: region as DisclaimerRegion, text: snippet }]
        : [];
    }),
  };
}
