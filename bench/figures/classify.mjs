// Cost of classifying one URL: with the bundled lists and with a synthetic list of 100,000
// domains, beside `new URL()` alone (which classification includes) measured in the same run.
import { alternate, figure, importTs, nsPerCall } from '../lib.mjs';

export const name = 'classify';

const CALLS = 200_000;
const TARGET_US = 2;
const TARGET_GROWTH = 1.5;

function syntheticList(domainCount) {
  const entries = [];
  for (let i = 0; i < domainCount; i++) {
    entries.push({
      id: `org-${i}`,
      names: { en: `Organization ${i}` },
      domains: [`site-${i}.example-${i % 97}.org`],
      sources: [{ publisher: 'Synthetic' }],
      verified: true,
    });
  }
  return {
    format: 1, id: 'synthetic', title: { en: 'Synthetic' }, jurisdictions: ['RU'], authority: { en: 'Bench' },
    legalBasis: [], lawSummary: { en: 'Bench' }, version: '2026-01-01', sources: [{ publisher: 'Bench' }],
    activeWhen: ['russia'],
    policy: {
      acts: { read: 'none', share: 'confirm', like: 'confirm', comment: 'confirm', save: 'confirm', copy: 'notice',
        print: 'notice', download: 'notice', donate: 'block', contact: 'confirm', subscribe: 'confirm' },
      noticeMode: 'banner',
    },
    entries,
  };
}

/** A page's worth of links: mostly unlisted hosts, one in ten on a listed domain (the first 100). */
function sampleUrls(listedHost) {
  const urls = [];
  for (let i = 0; i < 1000; i++) {
    urls.push(i % 10 === 0
      ? `https://www.${listedHost(i % 100)}/a/${i}.html?utm=x`
      : `https://news${i % 7}.unlisted-${i}.com/path/to/article-${i}?q=${i}#top`);
  }
  return urls;
}

export async function run() {
  const [{ compileIndex }, { classifyUrl }, { BUNDLED_LISTS }, { DEFAULT_SETTINGS }] = await Promise.all([
    importTs('src/core/rules/compile.ts'),
    importTs('src/core/rules/match.ts'),
    importTs('src/rules/bundled.ts'),
    importTs('src/core/settings/defaults.ts'),
  ]);
  const bundled = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
  const small = compileIndex([syntheticList(100)], DEFAULT_SETTINGS);
  const large = compileIndex([syntheticList(100_000)], DEFAULT_SETTINGS);

  const bundledDomains = Object.keys(bundled.domains);
  const bundledUrls = sampleUrls((i) => bundledDomains[i % bundledDomains.length]);
  const syntheticUrls = sampleUrls((i) => `site-${i}.example-${i % 97}.org`);
  // Every listed sample URL must really match, or the figure would measure the wrong path.
  if (!classifyUrl(large, syntheticUrls[0]).flagged || !classifyUrl(bundled, bundledUrls[0]).flagged) {
    throw new Error('sample URLs do not match their lists');
  }

  const perUrl = (index, urls) => () => nsPerCall((i) => classifyUrl(index, urls[i % urls.length]), CALLS) / 1000;
  const parseOnly = (urls) => () => nsPerCall((i) => new URL(urls[i % urls.length]), CALLS) / 1000;

  const withBundled = await alternate(perUrl(bundled, bundledUrls), parseOnly(bundledUrls));
  const growth = await alternate(perUrl(large, syntheticUrls), perUrl(small, syntheticUrls));
  const compileStart = process.hrtime.bigint();
  const rounds = 50;
  for (let i = 0; i < rounds; i++) compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
  const compileMs = Number(process.hrtime.bigint() - compileStart) / rounds / 1e6;

  return [
    figure({
      name: 'per URL, bundled lists', value: withBundled.subject, unit: 'µs',
      baseline: withBundled.baseline, baselineLabel: 'new URL() alone',
      target: `<= ${TARGET_US} µs`, met: withBundled.subject <= TARGET_US,
    }),
    figure({
      name: 'per URL, 100,000 domains', value: growth.subject, unit: 'µs',
      baseline: growth.baseline, baselineLabel: '100 domains',
      target: `<= ${TARGET_US} µs and <= ${TARGET_GROWTH}x of 100 domains`,
      met: growth.subject <= TARGET_US && growth.subject / growth.baseline <= TARGET_GROWTH,
    }),
    figure({ name: 'compile bundled lists', value: compileMs, unit: 'ms' }),
    figure({ name: 'bundled index as JSON', value: JSON.stringify(bundled).length / 1024, unit: 'KB' }),
  ];
}
