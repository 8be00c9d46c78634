import { describe, expect, it } from 'vitest';
import { linksInHtml, linksInText } from '../../../src/core/text-links';

describe('links in typed text', () => {
  it('finds addresses with and without a scheme', () => {
    expect(linksInText('read https://meduza.io/feature/1 and www.svoboda.org, also rferl.org/a/2.html.')).toEqual([
      'https://meduza.io/feature/1',
      'https://www.svoboda.org',
      'https://rferl.org/a/2.html',
    ]);
  });

  it('skips e-mail addresses, file names and plain words with dots', () => {
    expect(linksInText('mail me at a@meduza.io, see report.pdf or e.g. this')).toEqual([]);
  });

  it('stays bounded on huge texts', () => {
    expect(linksInText('https://a.org/x '.repeat(10_000))).toHaveLength(1);
    expect(linksInText(Array.from({ length: 500 }, (_, i) => `https://s${i}.org/`).join(' '))).toHaveLength(50);
  });

  it('reads hrefs of pasted HTML', () => {
    expect(linksInHtml('<a href="https://www.rferl.org/a/1.html">story</a>')).toEqual(['https://www.rferl.org/a/1.html']);
  });
});
