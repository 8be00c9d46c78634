import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyPageSignals } from '../../../src/core/signals/evaluate';
import { extractPageSignals } from '../../../src/core/signals/extract';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';

const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
const withBelarus = compileIndex(BUNDLED_LISTS, {
  ...DEFAULT_SETTINGS,
  jurisdictions: { ...DEFAULT_SETTINGS.jurisdictions, belarus: true },
});

function page(fixture: string, url: string, edit?: (document: Document) => void): Document {
  const html = readFileSync(path.join(import.meta.dirname, '../../fixtures/pages', fixture), 'utf8');
  const { document } = new JSDOM(html, { url }).window;
  edit?.(document);
  return document;
}

const remove = (selector: string) => (document: Document) => document.querySelectorAll(selector).forEach((node) => node.remove());
const entryIds = (verdict: ReturnType<typeof classifyPageSignals>) => verdict.matches.map((m) => `${m.listId}/${m.entryId}`);

describe('an RFE/RL article', () => {
  const url = 'https://www.rferl.org/a/court-fines-reader/32000001.html';
  const signals = extractPageSignals(page('signals-rferl-article.html', url));

  it('gives its canonical, og:url, site name, publisher and footer disclaimer', () => {
    expect(signals).toMatchObject({ canonicalHost: 'www.rferl.org', ogUrlHost: 'www.rferl.org', siteNames: ['RFE/RL'], publishers: ['RFE/RL'] });
    expect(signals.disclaimers).toHaveLength(1);
    expect(signals.disclaimers[0]?.region).toBe('contentinfo');
    expect(signals.disclaimers[0]?.text).toContain('RFE/RL has been declared an "undesirable organization"');
  });

  it('is flagged by its address, with every signal as evidence', () => {
    const verdict = classifyPageSignals(index, url, signals);
    expect(entryIds(verdict)).toEqual(['ru-undesirable/rferl']);
    expect(new Set(verdict.evidence.map((evidence) => evidence.kind))).toEqual(new Set(['domain', 'canonical', 'disclaimer', 'publisher']));
  });

  it('is flagged on an unknown host by its disclaimer alone, which names RFE/RL in the page chrome', () => {
    const mirror = 'https://d1abcdef.cloudfront.net/a/32000001.html';
    const bare = extractPageSignals(page('signals-rferl-article.html', mirror, (document) => {
      remove('head link, head meta[property^="og:"], script')(document);
    }));
    expect(bare).toMatchObject({ canonicalHost: null, ogUrlHost: null, siteNames: [], publishers: [] });
    const verdict = classifyPageSignals(index, mirror, bare);
    expect(entryIds(verdict)).toEqual(['ru-undesirable/rferl']);
    expect(verdict.evidence.map((evidence) => evidence.kind)).toEqual(['disclaimer']);
  });
});

describe('a Russian-language mirror on an unknown host', () => {
  const url = 'https://news-mirror.example/a/33000001.html';

  it('is flagged through its canonical host', () => {
    const signals = extractPageSignals(page('signals-mirror-ru.html', url));
    expect(signals.canonicalHost).toBe('www.svoboda.org');
    const verdict = classifyPageSignals(index, url, signals);
    expect(entryIds(verdict)).toEqual(['ru-undesirable/rferl']);
    expect(verdict.evidence[0]).toMatchObject({ kind: 'canonical', detail: 'canonical svoboda.org' });
  });

  it('is flagged without canonical by its disclaimer at the end of the page together with its site name', () => {
    const signals = extractPageSignals(page('signals-mirror-ru.html', url, remove('link[rel=canonical], meta[property="og:url"]')));
    expect(signals.disclaimers).toHaveLength(1);
    expect(signals.disclaimers[0]?.region).toBe('body-tail');
    expect(signals.disclaimers[0]?.text).toMatch(/«нежелательной организацией»/);
    const verdict = classifyPageSignals(index, url, signals);
    expect(entryIds(verdict)).toEqual(['ru-undesirable/rferl']);
    expect(verdict.evidence.map((evidence) => evidence.kind)).toEqual(['disclaimer', 'publisher']);
  });

  it('finds the disclaimer after a thousand articles, each article one step of the bounded walk back', () => {
    const articles = '<article><p>Story</p></article>'.repeat(1000);
    const tail = '<p>Радио Свобода признано в России «нежелательной организацией».</p>';
    const read = (body: string) => extractPageSignals(new JSDOM(`<!doctype html><body>${body}</body>`, { url }).window.document).disclaimers;
    expect(read(`${articles}<div>${tail}</div>`).map((disclaimer) => disclaimer.region)).toEqual(['body-tail']);
    // Before the thousand articles it is out of the walk's reach, however the page is built.
    expect(read(`<div>${tail}</div>${articles}`)).toEqual([]);
  });

  it('is not flagged by a disclaimer at the end of the body alone: that place is not page chrome', () => {
    const signals = extractPageSignals(
      page('signals-mirror-ru.html', url, remove('link[rel=canonical], meta[property="og:url"], meta[property="og:site_name"]')),
    );
    expect(signals.disclaimers).toHaveLength(1);
    expect(classifyPageSignals(index, url, signals).flagged).toBe(false);
  });
});

describe('neutral pages', () => {
  it('an article quoting the law and naming organizations in its text is not flagged', () => {
    const url = 'https://gorod-news.example/articles/repost';
    const signals = extractPageSignals(page('signals-neutral-quote.html', url));
    expect(signals.disclaimers).toEqual([]);
    expect(signals.siteNames).toEqual(['Городские новости']);
    expect(classifyPageSignals(index, url, signals)).toMatchObject({ flagged: false, matches: [], evidence: [] });
  });

  it('a note whose last paragraph, outside any article, mentions a listed organization is not flagged', () => {
    const url = 'https://blog.example/note';
    const signals = extractPageSignals(page('signals-neutral-tail.html', url));
    expect(signals.disclaimers.map((disclaimer) => disclaimer.region)).toEqual(['body-tail']);
    expect(classifyPageSignals(index, url, signals).flagged).toBe(false);
  });

  it('a footer listing several listed organizations is not flagged', () => {
    const url = 'https://region.example/';
    const signals = extractPageSignals(page('signals-neutral-footer-list.html', url));
    expect(signals.disclaimers.map((disclaimer) => disclaimer.region)).toEqual(['footer']);
    expect(classifyPageSignals(index, url, signals).flagged).toBe(false);
  });

  it('a site that calls itself a listed name but has no other signal is not flagged', () => {
    const url = 'https://riddle-puzzles.example/';
    const signals = extractPageSignals(page('signals-neutral-tail.html', url, (document) => {
      document.head.insertAdjacentHTML('beforeend', '<meta property="og:site_name" content="Riddle">');
      remove('p')(document);
    }));
    expect(signals.siteNames).toEqual(['Riddle']);
    expect(classifyPageSignals(index, url, signals).flagged).toBe(false);
  });
});

describe('a Meduza page', () => {
  it('gives its site name and JSON-LD organization names, and is flagged by its address', () => {
    const url = 'https://meduza.io/news/2026/11/29/glavnoe';
    const signals = extractPageSignals(page('signals-meduza.html', url));
    expect(signals).toMatchObject({ ogUrlHost: 'meduza.io', siteNames: ['Meduza'], publishers: ['Meduza'], disclaimers: [] });
    expect(entryIds(classifyPageSignals(index, url, signals))).toEqual(['ru-undesirable/meduza']);
  });

  it('copied to another host keeps its og:url and is flagged by it', () => {
    const url = 'https://archive.example/meduza-copy';
    const signals = extractPageSignals(page('signals-meduza.html', url));
    const verdict = classifyPageSignals(index, url, signals);
    expect(entryIds(verdict)).toEqual(['ru-undesirable/meduza']);
    expect(verdict.evidence.map((evidence) => evidence.kind)).toEqual(['canonical', 'publisher', 'publisher']);
  });
});

describe('RFE/RL service pages in Ukrainian and Belarusian', () => {
  it('reads the Ukrainian disclaimer («небажаною організацією») in the contentinfo footer', () => {
    const url = 'https://www.radiosvoboda.org/a/novyny/34000001.html';
    const signals = extractPageSignals(page('signals-radiosvoboda-uk.html', url));
    expect(signals.disclaimers).toHaveLength(1);
    expect(signals.disclaimers[0]).toMatchObject({ region: 'contentinfo' });
    expect(signals.disclaimers[0]?.text).toContain('небажаною організацією');
    const mirror = 'https://mirror.example/a/34000001.html';
    const bare = extractPageSignals(page('signals-radiosvoboda-uk.html', mirror, remove('link[rel=canonical]')));
    expect(entryIds(classifyPageSignals(index, mirror, bare))).toEqual(['ru-undesirable/rferl']);
  });

  it('reads the Belarusian disclaimer and flags svaboda.org on the Belarusian list only when Belarus applies', () => {
    const url = 'https://www.svaboda.org/a/navina/35000001.html';
    const signals = extractPageSignals(page('signals-svaboda-be.html', url));
    expect(signals.disclaimers).toHaveLength(1);
    expect(signals.disclaimers[0]?.text).toMatch(/экстрэмісцкім фармаваньнем.*непажаданай\s+арганізацыяй/s);
    expect(entryIds(classifyPageSignals(index, url, signals))).toEqual(['ru-undesirable/rferl']);
    expect(entryIds(classifyPageSignals(withBelarus, url, signals))).toEqual(['ru-undesirable/rferl', 'by-extremist/radio-svaboda']);
    const mirror = 'https://mirror.example/be';
    const bare = extractPageSignals(page('signals-svaboda-be.html', mirror, remove('link[rel=canonical]')));
    expect(entryIds(classifyPageSignals(withBelarus, mirror, bare))).toEqual(['ru-undesirable/rferl', 'by-extremist/radio-svaboda']);
  });
});

describe('extraction budget', () => {
  it('reads a bounded part of a huge page and still finds the footer disclaimer', () => {
    const url = 'https://huge.example/';
    const document = page('signals-rferl-article.html', url, (doc) => {
      const article = doc.querySelector('article') as HTMLElement;
      const filler = doc.createDocumentFragment();
      for (let i = 0; i < 10_000; i++) {
        const paragraph = doc.createElement('p');
        paragraph.textContent = `Paragraph ${i}: RFE/RL has been declared an "undesirable organization", a quote in the text.`;
        filler.append(paragraph);
      }
      article.append(filler);
      // Also directly in the body, before the footer, with no article around it.
      const loose = doc.createElement('div');
      for (let i = 0; i < 2_000; i++) loose.append(doc.createElement('p'));
      doc.body.insertBefore(loose, doc.querySelector('footer'));
    });
    const signals = extractPageSignals(document);
    expect(signals.disclaimers.map((disclaimer) => disclaimer.region)).toEqual(['contentinfo']);
  });

  it('never throws on an empty or odd document', () => {
    const { document } = new JSDOM('', { url: 'https://example.com/' }).window;
    document.documentElement.replaceChildren();
    expect(extractPageSignals(document)).toEqual({ canonicalHost: null, ogUrlHost: null, siteNames: [], publishers: [], disclaimers: [] });
    const broken = new JSDOM(
      '<head><link rel="canonical" href="http://[bad"><script type="application/ld+json">{not json</script></head>',
      { url: 'https://example.com/' },
    ).window.document;
    expect(() => extractPageSignals(broken)).not.toThrow();
    expect(extractPageSignals(broken).canonicalHost).toBeNull();
  });
});
