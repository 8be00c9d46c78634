import { normalizeHostname } from '../rules/hosts';
import { disclaimerPattern } from './phrases';
import type { DisclaimerRegion, PageSignals } from './types';

/**
 * How much of a page extraction may read, whatever the page's size. The content script runs it
 * on every page, so it looks only where a site names itself: the head, JSON-LD, the page chrome
 * (found by a shallow walk that looks at the first and last children of each element only) and
 * the end of the body outside articles. Documented in docs/rules.md.
 */
export const SIGNAL_BUDGET = {
  /** Elements of <head> looked at for canonical, og:url and og:site_name. */
  headElements: 200,
  /** Scripts looked at for JSON-LD, the longest JSON-LD text parsed, and JSON nodes walked. */
  scripts: 40,
  jsonLdChars: 50_000,
  jsonLdNodes: 300,
  /** Elements visited while looking for header, footer, banner and contentinfo. */
  chromeElements: 300,
  /** Children looked at from each end of an element while looking for the chrome. */
  chromeChildrenPerEnd: 8,
  chromeDepth: 7,
  /** Nodes and characters read from each chrome region and from the end of the body. */
  regionNodes: 600,
  regionChars: 4_000,
  /** Characters read in all regions together. */
  totalChars: 16_000,
  /** Disclaimers kept, and characters kept on each side of the phrase. */
  disclaimers: 6,
  snippetRadius: 160,
  /** Longest name or host value kept. */
  valueChars: 300,
} as const;

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'CANVAS']);
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);
const ORGANIZATION_TYPES = /organization|newsmedia|corporation/i;

function isContent(element: Element): boolean {
  return CONTENT_TAGS.has(element.tagName) || element.getAttribute('role') === 'main';
}

function regionOf(element: Element): DisclaimerRegion | null {
  const role = element.getAttribute('role');
  if (role === 'contentinfo') return 'contentinfo';
  if (role === 'banner') return 'banner';
  if (element.tagName === 'FOOTER') return 'footer';
  if (element.tagName === 'HEADER') return 'header';
  return null;
}

function hostOfHref(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return normalizeHostname(url.hostname);
  } catch {
    return null;
  }
}

function readHead(document: Document, signals: PageSignals): void {
  const head = document.head;
  if (!head) return;
  const elements = head.children;
  const count = Math.min(elements.length, SIGNAL_BUDGET.headElements);
  for (let i = 0; i < count; i++) {
    const element = elements[i];
    if (!element) continue;
    if (element.tagName === 'LINK') {
      const rel = ` ${(element.getAttribute('rel') ?? '').toLowerCase()} `;
      if (rel.includes(' canonical ') && signals.canonicalHost === null) {
        signals.canonicalHost = hostOfHref(element.getAttribute('href'), document.baseURI);
      }
    } else if (element.tagName === 'META') {
      const property = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').toLowerCase();
      const content = element.getAttribute('content')?.trim().slice(0, SIGNAL_BUDGET.valueChars);
      if (!content) continue;
      if (property === 'og:url' && signals.ogUrlHost === null) signals.ogUrlHost = hostOfHref(content, document.baseURI);
      else if (property === 'og:site_name' && !signals.siteNames.includes(content)) signals.siteNames.push(content);
    }
  }
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim().slice(0, SIGNAL_BUDGET.valueChars) || null;
  if (typeof value === 'object' && value !== null) return nameOf((value as { name?: unknown }).name);
  return null;
}

function isOrganization(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { '@type'?: unknown })['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((item) => typeof item === 'string' && ORGANIZATION_TYPES.test(item));
}

/** Publisher names, organization authors, and organizations described at the top of the graph. */
function collectOrganizations(root: unknown, names: string[]): void {
  const queue: { value: unknown; topLevel: boolean }[] = [{ value: root, topLevel: true }];
  let visited = 0;
  const keep = (name: string | null) => {
    if (name !== null && !names.includes(name)) names.push(name);
  };
  while (queue.length > 0 && visited < SIGNAL_BUDGET.jsonLdNodes) {
    const { value, topLevel } = queue.shift() as { value: unknown; topLevel: boolean };
    visited++;
    if (Array.isArray(value)) {
      for (const item of value) queue.push({ value: item, topLevel });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const record = value as Record<string, unknown>;
    if (topLevel && isOrganization(record)) keep(nameOf(record.name));
    for (const publisher of [record.publisher].flat()) keep(nameOf(publisher));
    for (const author of [record.author].flat()) if (isOrganization(author)) keep(nameOf(author));
    if (record['@graph'] !== undefined) queue.push({ value: record['@graph'], topLevel: true });
    for (const [key, child] of Object.entries(record)) {
      if (key !== '@graph' && typeof child === 'object' && child !== null) queue.push({ value: child, topLevel: false });
    }
  }
}

function readJsonLd(document: Document, signals: PageSignals): void {
  const scripts = document.scripts;
  const count = Math.min(scripts.length, SIGNAL_BUDGET.scripts);
  for (let i = 0; i < count; i++) {
    const script = scripts[i];
    if (!script || script.type.toLowerCase() !== 'application/ld+json') continue;
    const text = script.text;
    if (text.length > SIGNAL_BUDGET.jsonLdChars) continue;
    try {
      collectOrganizations(JSON.parse(text), signals.publishers);
    } catch {
      // A page's broken JSON-LD is its own business: nothing to read from it.
    }
  }
}

/** Header, footer, banner and contentinfo elements outside articles, by a bounded shallow walk. */
function findChrome(body: HTMLElement): { element: Element; region: DisclaimerRegion }[] {
  const found: { element: Element; region: DisclaimerRegion }[] = [];
  const queue: { element: Element; depth: number }[] = [{ element: body, depth: 0 }];
  let visited = 0;
  const { chromeChildrenPerEnd: perEnd, chromeElements, chromeDepth } = SIGNAL_BUDGET;
  while (queue.length > 0 && visited < chromeElements) {
    const { element, depth } = queue.shift() as { element: Element; depth: number };
    visited++;
    const region = element === body ? null : regionOf(element);
    if (region !== null) {
      found.push({ element, region });
      continue;
    }
    if (depth >= chromeDepth || isContent(element) || SKIPPED_TAGS.has(element.tagName)) continue;
    const children = element.children;
    const total = children.length;
    for (let i = 0; i < total; i++) {
      if (i === perEnd && total > 2 * perEnd) i = total - perEnd;
      const child = children[i];
      if (child) queue.push({ element: child, depth: depth + 1 });
    }
  }
  return found;
}

function rejectFilter(skipped: ReadonlySet<Element>): NodeFilter {
  return {
    acceptNode(node: Node): number {
      if (node.nodeType !== 1) return 1; /* FILTER_ACCEPT */
      const element = node as Element;
      return SKIPPED_TAGS.has(element.tagName) || isContent(element) || skipped.has(element)
        ? 2 /* FILTER_REJECT: skips the subtree */
        : 3; /* FILTER_SKIP: look inside */
    },
  };
}

/** Text of a region, in document order, within the node and character budgets. */
function readForward(document: Document, root: Element, charBudget: number): string {
  const walker = document.createTreeWalker(root, 0x1 | 0x4, rejectFilter(new Set()));
  const parts: string[] = [];
  let chars = 0;
  for (let nodes = 0; nodes < SIGNAL_BUDGET.regionNodes && chars < charBudget; nodes++) {
    const node = walker.nextNode();
    if (node === null) break;
    const value = node.nodeValue;
    if (value) {
      parts.push(value);
      chars += value.length;
    }
  }
  return parts.join(' ').slice(0, charBudget);
}

/**
 * The last text of the body outside articles, main content and the chrome already read, walked
 * backwards by hand: every node looked at counts in the budget, the skipped ones too, so a page of
 * a thousand articles costs no more than a short one (a TreeWalker's filter would be called back
 * for each of them).
 */
function readBodyTail(body: HTMLElement, skipped: ReadonlySet<Element>, charBudget: number): string {
  let visits = 0;
  const isSkipped = (node: Node) => {
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    return SKIPPED_TAGS.has(element.tagName) || isContent(element) || skipped.has(element);
  };
  /** The last node in document order inside `node`, not entering skipped subtrees. */
  const deepestLast = (node: Node): Node => {
    let current = node;
    while (!isSkipped(current) && current.lastChild !== null && visits < SIGNAL_BUDGET.regionNodes) {
      current = current.lastChild;
      visits++;
    }
    return current;
  };
  const parts: string[] = [];
  let chars = 0;
  let node: Node | null = body.lastChild === null ? null : deepestLast(body.lastChild);
  while (node !== null && node !== body && visits < SIGNAL_BUDGET.regionNodes && chars < charBudget) {
    visits++;
    const value = node.nodeType === 3 ? node.nodeValue : null;
    if (value) {
      parts.push(value);
      chars += value.length;
    }
    node = node.previousSibling !== null ? deepestLast(node.previousSibling) : node.parentNode;
  }
  const text = parts.reverse().join(' ');
  return text.length > charBudget ? text.slice(text.length - charBudget) : text;
}

function collectDisclaimers(text: string, region: DisclaimerRegion, signals: PageSignals): void {
  const flat = text.replace(/\s+/g, ' ');
  const pattern = disclaimerPattern();
  const radius = SIGNAL_BUDGET.snippetRadius;
  for (let match = pattern.exec(flat); match !== null; match = pattern.exec(flat)) {
    if (signals.disclaimers.length >= SIGNAL_BUDGET.disclaimers) return;
    const start = Math.max(0, match.index - radius);
    const end = Math.min(flat.length, match.index + match[0].length + radius);
    signals.disclaimers.push({ region, text: flat.slice(start, end).trim() });
    pattern.lastIndex = end;
  }
}

/**
 * Reads what a page says about itself: canonical and og:url hosts, og:site_name, JSON-LD
 * organization names, and disclaimer phrases in the page chrome or at the end of the body.
 * Raw facts only: the background decides what they mean. Bounded by SIGNAL_BUDGET; never throws.
 */
export function extractPageSignals(document: Document): PageSignals {
  const signals: PageSignals = { canonicalHost: null, ogUrlHost: null, siteNames: [], publishers: [], disclaimers: [] };
  try {
    readHead(document, signals);
    readJsonLd(document, signals);
    const body = document.body;
    if (!body) return signals;
    let remaining = SIGNAL_BUDGET.totalChars;
    const chrome = findChrome(body);
    for (const { element, region } of chrome) {
      if (remaining <= 0) break;
      const text = readForward(document, element, Math.min(SIGNAL_BUDGET.regionChars, remaining));
      remaining -= text.length;
      collectDisclaimers(text, region, signals);
    }
    if (remaining > 0) {
      const skipped = new Set(chrome.map(({ element }) => element));
      const tail = readBodyTail(body, skipped, Math.min(SIGNAL_BUDGET.regionChars, remaining));
      collectDisclaimers(tail, 'body-tail', signals);
    }
  } catch {
    // Extraction is best effort: a page that breaks it simply gives fewer signals.
  }
  return signals;
}
