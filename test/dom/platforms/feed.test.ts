import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POST_GUARDS, startGuards } from '../../../src/content/guards/index';
import { vkAdapter } from '../../../src/content/platforms/vk';
import { xAdapter } from '../../../src/content/platforms/x';
import { installDialogSupport, openDialog, recordShadowRoots, settle, testContext, userClick } from '../guards/helpers';

const pageAt = (host: string, file: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages', host, file), 'utf8')
    .replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');

const roots = recordShadowRoots();
beforeAll(installDialogSupport);
afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  history.replaceState(null, '', '/');
});

describe('whose post each post of a feed is', () => {
  it('VK: the post\'s owner in both forms with its author, and the author of what a post reposts', () => {
    document.documentElement.innerHTML = pageAt('vk.com', 'feed/index.html');
    const feed = vkAdapter(document).feed!;
    const posts = [...document.querySelectorAll(feed.itemSelector)];
    expect(posts.map((post) => feed.ownerOf(post))).toEqual([
      ['/club12637912', '/public12637912'],
      ['/club555000', '/public555000', '/rainbow_cakes'],
      ['/id777', '/anna_k', '/tvrain'],
      ['/club12637912', '/public12637912'],
    ]);
  });

  it('X: the author line of each post on the timeline', () => {
    history.replaceState(null, '', '/home');
    document.documentElement.innerHTML = pageAt('x.com', 'home/index.html');
    new Function(document.querySelector('script')!.textContent!)();
    const feed = xAdapter(document).feed!;
    expect([...document.querySelectorAll(feed.itemSelector)].map((post) => feed.ownerOf(post))).toEqual([['/tvrainbow']]);
  });
});

describe('guards for one account\'s posts', () => {
  it('ask about the acts inside that account\'s posts only', async () => {
    const stop = new AbortController();
    document.body.innerHTML = `
      <div class="post" id="listed"><button aria-label="Like" id="like-listed">♥</button></div>
      <div class="post" id="neutral"><button aria-label="Like" id="like-neutral">♥</button></div>
      <button aria-label="Like" id="like-outside">♥</button>`;
    const clicked: string[] = [];
    document.body.addEventListener('click', (event) => clicked.push((event.target as Element).id), { signal: stop.signal });
    const { context } = testContext(stop.signal, { like: 'confirm' });
    startGuards({ ...context, covers: (event) => (event.target as Element).closest('.post')?.id === 'listed' }, stop.signal, POST_GUARDS);

    userClick(document.getElementById('like-neutral')!);
    userClick(document.getElementById('like-outside')!);
    await settle();
    expect(openDialog(roots)).toBeNull();
    expect(clicked).toEqual(['like-neutral', 'like-outside']);

    userClick(document.getElementById('like-listed')!);
    await settle();
    expect(openDialog(roots)?.textContent).toContain('Like or react to this?');
    expect(clicked).toEqual(['like-neutral', 'like-outside']);
    stop.abort();
  });
});
