/**
 * Web addresses in text a person typed or pasted: with a scheme ("https://meduza.io/...") or
 * without ("meduza.io/feature/...", "www.svoboda.org"). Bounded: long texts are read up to
 * MAX_TEXT_LENGTH characters and at most MAX_LINKS addresses are returned, each with a scheme.
 */
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_LINKS = 50;

const ADDRESS = /(?:https?:\/\/)?(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59}|рф|бел|укр)(?::\d{2,5})?(?:[/?#][^\s<>"'`«»]*)?/giu;
/** A bare "word.word" is only an address when it says so: a path, "www.", or a scheme. */
const LOOKS_LIKE_ADDRESS = /^(?:https?:\/\/|www\.)|[/?#]/i;

export function linksInText(text: string): string[] {
  const found = new Set<string>();
  const head = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  for (const candidate of head.matchAll(ADDRESS)) {
    const match = candidate[0];
    const before = head[candidate.index - 1];
    if (before === '@' || !LOOKS_LIKE_ADDRESS.test(match)) continue; // e-mail addresses, "file.txt"
    const address = /^https?:\/\//i.test(match) ? match : `https://${match}`;
    found.add(address.replace(/[.,;:!?)\]]+$/, ''));
    if (found.size >= MAX_LINKS) break;
  }
  return [...found];
}

/** The href values in pasted HTML (a copied link often carries its address only there). */
export function linksInHtml(html: string): string[] {
  const found: string[] = [];
  for (const [, href] of html.slice(0, MAX_TEXT_LENGTH).matchAll(/href\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi)) {
    if (href) found.push(href);
    if (found.length >= MAX_LINKS) break;
  }
  return found;
}
