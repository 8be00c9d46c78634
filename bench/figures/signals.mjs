// Cost of reading page signals (jsdom): on the RFE/RL article fixture and on a page of 10,000
// paragraphs, beside one read of document.body.textContent on the same page in the same run.
// Extraction is bounded by SIGNAL_BUDGET, so on a large page it must cost less than that read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { alternate, figure, importTs, root } from '../lib.mjs';

export const name = 'signals';

const PARAGRAPHS = 10_000;

function articlePage() {
  const html = readFileSync(path.join(root, 'test/fixtures/pages/signals-rferl-article.html'), 'utf8');
  return new JSDOM(html, { url: 'https://www.rferl.org/a/court-fines-reader/32000001.html' }).window.document;
}

function largePage() {
  const document = articlePage();
  const article = document.querySelector('article');
  const filler = document.createDocumentFragment();
  for (let i = 0; i < PARAGRAPHS; i++) {
    const paragraph = document.createElement('p');
    paragraph.textContent = `Paragraph ${i} of a long report, with enough words to look like a real paragraph of text.`;
    filler.append(paragraph);
  }
  article.append(filler);
  return document;
}

/** Microseconds per call: the median of several timed batches is taken by `alternate`. */
function timePerCall(fn, calls) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) fn();
  return Number(process.hrtime.bigint() - start) / calls / 1000;
}

export async function run() {
  const { extractPageSignals } = await importTs('src/core/signals/extract.ts');
  const article = articlePage();
  const large = largePage();
  if (extractPageSignals(large).disclaimers.length !== 1) throw new Error('the large page lost its footer disclaimer');
  let sink = 0;
  const textRead = (document, calls) => () => timePerCall(() => { sink += document.body.textContent.length; }, calls);
  const extract = (document, calls) => () => timePerCall(() => { sink += extractPageSignals(document).disclaimers.length; }, calls);

  // Warm the JIT on both pages first, so neither figure includes compiling the extractor.
  extract(article, 500)();
  extract(large, 100)();
  const onArticle = await alternate(extract(article, 200), textRead(article, 200));
  const onLarge = await alternate(extract(large, 20), textRead(large, 20));
  if (sink < 0) throw new Error('unreachable: keeps the measured work alive');

  return [
    figure({
      name: 'extract, article fixture', value: onArticle.subject, unit: 'µs',
      baseline: onArticle.baseline, baselineLabel: 'body.textContent once',
    }),
    figure({
      name: `extract, ${PARAGRAPHS.toLocaleString('en')} paragraphs`, value: onLarge.subject, unit: 'µs',
      baseline: onLarge.baseline, baselineLabel: 'body.textContent once',
      target: '< one body.textContent read, and <= 5x the article fixture',
      met: onLarge.subject < onLarge.baseline && onLarge.subject <= 5 * onArticle.subject,
    }),
  ];
}
