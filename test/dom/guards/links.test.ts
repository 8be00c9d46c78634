import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardTextsFor } from '../../../src/core/acts-texts';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyUrls } from '../../../src/core/rules/match';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { createLinkClassifier } from '../../../src/content/links/classifier';
import { externalAddress, keyOfAddress, startLinkMarking } from '../../../src/content/links/mark-links';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';

const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
let asked: string[][];
let stop: AbortController;

/** A smaller budget than a page's (jsdom is slow to make 100,000 elements); the code is the same. */
const QUEUE_BUDGET = 1_000;

function start() {
  const classifier = createLinkClassifier(async (urls) => {
    asked.push(urls);
    return classifyUrls(index, urls);
  });
  startLinkMarking({ classifier, language: 'en', texts: guardTextsFor('en'), signal: stop.signal, queueBudget: QUEUE_BUDGET });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
};
const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
/** Marked elements, found as a screen reader user meets the mark: by its description. */
const marked = () => [...document.querySelectorAll('[aria-describedby]')]
  .filter((element) => /Link to |Embedded material of /.test(description(element)))
  .map((element) => element.id);

beforeEach(() => {
  asked = [];
  stop = new AbortController();
  document.body.innerHTML = `
    <a id="meduza" href="https://meduza.io/feature/2024/01/01/a" aria-describedby="own">Meduza story</a>
    <span id="own">The page's own description</span>
    <a id="meduza2" href="https://meduza.io/news/b">another</a>
    <a id="neutral" href="https://example.org/">neutral</a>
    <a id="telegram" href="https://t.me/meduzalive">channel</a>
    <a id="mail" href="mailto:a@b.org">mail</a>
    <iframe id="embed" src="https://www.svoboda.org/embed/player/1"></iframe>`;
});
afterEach(() => stop.abort());

describe('link markers on a neutral page', () => {
  it('marks links and embeds of flagged organizations, asking once per site', async () => {
    start();
    await until(() => marked().length >= 4);
    expect(marked().sort()).toEqual(['embed', 'meduza', 'meduza2', 'telegram']);
    expect(asked.flat().filter((url) => url.includes('meduza.io'))).toHaveLength(1);
    const meduza = document.getElementById('meduza')!;
    expect(description(meduza)).toContain("The page's own description");
    expect(description(meduza)).toMatch(/Link to .*Meduza.*on a list that applies to you/);
    expect(meduza.getAttribute('title')).toMatch(/Meduza/);
    expect(description(document.getElementById('embed')!)).toMatch(/Embedded material of .*Radio Free Europe/);
  });

  it('marks the post widgets of flagged accounts: Telegram\'s frame by its address, VK\'s by the owner it names', async () => {
    document.body.innerHTML = `
      <iframe id="telegram-post" src="https://t.me/meduzalive/12345?embed=1&userpic=true"></iframe>
      <iframe id="vk-post" src="https://vk.com/widget_post.php?app=0&width=100%25&_ver=1&owner_id=-12637912&post_id=5001&hash=abc"></iframe>
      <iframe id="vk-neutral" src="https://vk.com/widget_post.php?app=0&owner_id=-555000&post_id=1&hash=abc"></iframe>
      <a id="vk-link" href="https://vk.com/widget_post.php?owner_id=-12637912&post_id=5001">the same post, linked</a>
      <a id="vk-neutral-link" href="https://vk.com/widget_post.php?owner_id=-555000&post_id=1">another community's post</a>`;
    start();
    await until(() => marked().length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(marked().sort()).toEqual(['telegram-post', 'vk-link', 'vk-post']);
    expect(description(document.getElementById('vk-post')!)).toMatch(/Embedded material of .*Radio Free Europe/);
  });

  it('reads links added later, and links whose address changes, without rescanning the page', async () => {
    start();
    await until(() => marked().length >= 4);
    const before = asked.flat().length;
    const added = document.createElement('div');
    added.innerHTML = '<a id="late" href="https://theins.ru/politika/1">The Insider</a>';
    document.body.append(added);
    await until(() => marked().includes('late'));
    expect(marked()).toContain('late');
    expect(asked.flat().length - before).toBe(1);
    document.getElementById('meduza')!.setAttribute('href', 'https://example.org/other');
    await until(() => !marked().includes('meduza'));
    expect(marked()).not.toContain('meduza');
    expect(document.getElementById('meduza')!.getAttribute('aria-describedby')).toBe('own');
  });

  it('skips what was removed before its turn, and stops watching a page that re-renders without end', async () => {
    start();
    await until(() => marked().length >= 4);
    const gone = document.createElement('a');
    gone.href = 'https://theins.ru/politika/2';
    document.body.append(gone);
    gone.remove();
    // An app re-rendering: elements added and removed again, far more than the budget.
    const app = document.body.appendChild(document.createElement('div'));
    for (let round = 0; round < 4; round++) {
      app.innerHTML = '<span></span>'.repeat(QUEUE_BUDGET / 2);
      await new Promise((resolve) => setTimeout(resolve, 0));
      app.innerHTML = '';
    }
    const late = document.createElement('div');
    late.innerHTML = '<a id="late" href="https://www.svoboda.org/a/3.html">late</a>';
    document.body.append(late);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(asked.flat().filter((url) => url.includes('theins.ru'))).toEqual([]);
    expect(marked()).not.toContain('late');
  });

  it('takes every mark away when stopped', async () => {
    start();
    await until(() => marked().length >= 4);
    stop.abort();
    expect(marked()).toEqual([]);
    expect(document.getElementById('meduza2')!.hasAttribute('title')).toBe(false);
    expect(document.getElementById('meduza2')!.getAttributeNames().sort()).toEqual(['href', 'id']);
  });

  it('writes no fixed name a page could look for: the names are new on every page load', async () => {
    const namesOfMarks = async () => {
      stop = new AbortController();
      start();
      await until(() => marked().includes('meduza2'));
      expect(document.documentElement.outerHTML).not.toMatch(/rlw/i);
      const names = document.getElementById('meduza2')!.getAttributeNames()
        .filter((name) => !['href', 'id', 'title', 'aria-describedby'].includes(name));
      const ids = document.getElementById('meduza2')!.getAttribute('aria-describedby');
      stop.abort();
      return [...names, ids];
    };
    const first = await namesOfMarks();
    const second = await namesOfMarks();
    expect(first).toHaveLength(3); // the mark, the note that the title is ours, the description
    expect(second.filter((name) => first.includes(name))).toEqual([]);
  });
});

describe('reading a link\'s address', () => {
  it('takes absolute http(s) addresses as written and skips the rest unresolved', () => {
    const link = (href: string) => Object.assign(document.createElement('a'), { href });
    expect(externalAddress(link('HTTPS://Meduza.io/x'))).toBe('HTTPS://Meduza.io/x');
    expect(externalAddress(link('http://www.svoboda.org/a'))).toBe('http://www.svoboda.org/a');
    expect(externalAddress(link('//meduza.io/feature/1'))).toBe('https://meduza.io/feature/1');
    const relative = document.createElement('a');
    relative.setAttribute('href', '/a/relative-path.html');
    expect(externalAddress(relative)).toBeNull();
    expect(externalAddress(link('httpx://meduza.io/feature'))).toBeNull();
    expect(externalAddress(link('mailto:someone@meduza.io'))).toBeNull();
    const embed = document.createElement('iframe');
    embed.setAttribute('src', 'https://www.svoboda.org/embed/1');
    expect(externalAddress(embed)).toBe('https://www.svoboda.org/embed/1');
  });

  it('keys a site by its host, and an account platform by host and account', () => {
    expect(keyOfAddress('https://Meduza.io/feature/1?x=1#y')).toBe('meduza.io');
    expect(keyOfAddress('http://www.svoboda.org:8080')).toBe('www.svoboda.org');
    expect(keyOfAddress('https://user:pw@t.me/meduzalive')).toBe('t.me/meduzalive');
    expect(keyOfAddress('https://t.me/meduzalive/123?single')).toBe('t.me/meduzalive/123');
    expect(keyOfAddress('https://www.youtube.com/@meduzaproject')).toBe('www.youtube.com/@meduzaproject');
  });
});
