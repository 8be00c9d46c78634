import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchInView } from '../../../src/content/links/in-view';

/**
 * jsdom lays nothing out and has no IntersectionObserver: boxes are given to elements here, and
 * the observer is one the test drives, the way a browser reports what came into view.
 */
const boxes = new WeakMap<Element, { top: number; height: number }>();
let scrolled = 0;
const originalRect = Element.prototype.getBoundingClientRect;

class DrivenObserver {
  static current: DrivenObserver | null = null;
  readonly watched = new Set<Element>();
  constructor(private readonly report: (entries: IntersectionObserverEntry[]) => void) {
    DrivenObserver.current = this;
  }
  observe(target: Element) { this.watched.add(target); }
  unobserve(target: Element) { this.watched.delete(target); }
  disconnect() { this.watched.clear(); }
  /** Reports the watched elements `near` picks as in view, and the others as out of it. */
  show(near: (target: Element) => boolean) {
    this.report([...this.watched].map((target) => ({
      target,
      isIntersecting: near(target),
      boundingClientRect: target.getBoundingClientRect(),
    }) as unknown as IntersectionObserverEntry));
  }
}

function place(element: Element, top: number, height: number) {
  boxes.set(element, { top, height });
}

function list(items: number, linksEach = 1, itemHeight = 20): HTMLUListElement {
  const ul = document.createElement('ul');
  for (let i = 0; i < items; i++) {
    const li = document.createElement('li');
    li.id = `item-${i}`;
    li.innerHTML = Array.from({ length: linksEach }, (_, j) => `<a href="https://example.net/${i}/${j}">${i}</a>`).join(' ');
    ul.append(li);
    place(li, i * itemHeight, itemHeight);
  }
  document.body.append(ul);
  place(ul, 0, items * itemHeight);
  return ul;
}

/** What was read, by its list item (an item with one link is read as that link). */
const ids = (elements: Element[]) => elements.map((element) => element.closest('li')?.id ?? element.localName);
const afterRecheck = () => new Promise((resolve) => setTimeout(resolve, 150));

let read: Element[];
let stop: AbortController;

beforeEach(() => {
  read = [];
  stop = new AbortController();
  scrolled = 0;
  DrivenObserver.current = null;
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = DrivenObserver;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const box = boxes.get(this);
    if (!box) return new DOMRect(0, 0, 0, 0);
    return new DOMRect(0, box.top - scrolled, 300, box.height);
  };
});

afterEach(() => {
  stop.abort();
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
  Element.prototype.getBoundingClientRect = originalRect;
  document.body.innerHTML = '';
});

const watcher = () => watchInView((root) => read.push(root), stop.signal);

describe('which parts of a page are read for link marking', () => {
  it('reads at once where the browser has no IntersectionObserver', () => {
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
    const ul = list(3);
    watcher().place(ul);
    expect(read).toEqual([ul]);
  });

  it('reads a block of few links once it comes into view, and only once', () => {
    const ul = list(3);
    watcher().place(ul);
    expect(read).toEqual([]);
    expect([...DrivenObserver.current!.watched]).toEqual([ul]);
    DrivenObserver.current!.show(() => false);
    expect(read).toEqual([]);
    DrivenObserver.current!.show(() => true);
    DrivenObserver.current!.show(() => true);
    expect(read).toEqual([ul]);
  });

  it('reads a block with no box (hidden for now) at once, so its links are marked when it shows', () => {
    const ul = list(3);
    boxes.delete(ul);
    watcher().place(ul);
    DrivenObserver.current!.show(() => false);
    expect(read).toEqual([ul]);
  });

  it('neither reads nor watches a subtree without links or embeds, but does one with only an iframe', () => {
    const text = document.createElement('div');
    text.innerHTML = '<p>No links here</p>';
    const embed = document.createElement('div');
    embed.innerHTML = '<p>Watch:</p><p><iframe src="https://example.net/embed"></iframe></p>';
    document.body.append(text, embed);
    const inView = watcher();
    inView.place(text);
    inView.place(embed);
    expect([...DrivenObserver.current!.watched]).toEqual([embed]);
  });

  it('reads a link or an embed placed on its own at once', () => {
    const ul = list(1);
    const link = ul.querySelector('a')!;
    watcher().place(link);
    expect(read).toEqual([link]);
  });

  it('splits a subtree of more than a block of links among its children, each watched for itself', () => {
    const ul = list(30, 5); // 150 links in 30 items
    const wrapper = document.createElement('div');
    wrapper.append(ul); // a wrapper with one child is stepped over
    document.body.append(wrapper);
    watcher().place(wrapper);
    expect(DrivenObserver.current!.watched.size).toBe(30);
    DrivenObserver.current!.show((target) => target.id === 'item-0' || target.id === 'item-1');
    expect(ids(read)).toEqual(['item-0', 'item-1']);
  });

  it('splits the body without counting its links', () => {
    list(2);
    list(2);
    watcher().place(document.body);
    expect(DrivenObserver.current!.watched.size).toBe(2);
  });

  it('reads a long list by position: the items near the view now, others as the reader scrolls', async () => {
    const screen = window.innerHeight;
    const ul = list(2_000); // items 20 px high
    watcher().place(ul);
    // A screen above and below count as near: items 0 to the bottom of the second screen.
    const firstScreens = Math.ceil((2 * screen) / 20);
    expect(read.length).toBeGreaterThanOrEqual(firstScreens);
    expect(read.length).toBeLessThanOrEqual(firstScreens + 1);
    expect(ids(read)[0]).toBe('item-0');
    expect(DrivenObserver.current!.watched.size).toBe(0);

    scrolled = 20_000; // item 1000 at the top of the view
    window.dispatchEvent(new Event('scroll'));
    await afterRecheck();
    const now = ids(read.slice(firstScreens));
    const firstNow = Math.floor((20_000 - screen) / 20);
    expect(now[0]).toBe(`item-${firstNow}`);
    expect(now).toContain('item-1000');
    expect(now).not.toContain('item-500');
    expect(new Set(ids(read)).size).toBe(read.length); // nothing read twice

    stop.abort();
    scrolled = 30_000;
    window.dispatchEvent(new Event('scroll'));
    await afterRecheck();
    expect(ids(read)).not.toContain('item-1500');
  });

  it('reads a long list whole where position cannot tell: in columns, or without boxes', () => {
    const columns = list(300);
    for (let i = 0; i < 300; i++) place(columns.children[i]!, (i % 3) * 20, 20); // rows of three, out of order
    watcher().place(columns);
    expect(read).toEqual([columns]);

    read = [];
    const unlaid = list(300);
    for (const item of unlaid.children) boxes.delete(item);
    watcher().place(unlaid);
    expect(read).toEqual([unlaid]);
  });

  it('reads a list far below the view only when it is scrolled to', async () => {
    const ul = list(500);
    place(ul, 50_000, 500 * 20);
    for (let i = 0; i < 500; i++) place(ul.children[i]!, 50_000 + i * 20, 20);
    watcher().place(ul);
    expect(read).toEqual([]);
    scrolled = 50_000;
    window.dispatchEvent(new Event('scroll'));
    await afterRecheck();
    expect(ids(read)[0]).toBe('item-0');
  });
});
