import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelPathOf, youtubeAdapter } from '../../../src/content/platforms/youtube';

/** The saved watch page, its scripts not run: the test renders as the page's app would. */
const FIXTURE = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/www.youtube.com/watch/index.html'), 'utf8');

function loadWatchPage(initialChannel: string) {
  document.documentElement.innerHTML = FIXTURE.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  // What the server would have written for the first video.
  const microdata = document.createElement('div');
  microdata.innerHTML = `<span itemprop="author"><link itemprop="url" href="http://www.youtube.com${initialChannel}"></span>`;
  document.body.prepend(microdata);
}

/** What YouTube's app renders for a video: the video's id on the page, its channel in the owner line. */
function render(videoId: string, channel: string) {
  document.querySelector('ytd-watch-flexy')!.setAttribute('video-id', videoId);
  for (const link of document.querySelectorAll('#owner a')) link.setAttribute('href', channel);
}

beforeEach(() => history.replaceState(null, '', '/watch?v=rain0000001'));
afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('YouTube: whose content is in front of the reader', () => {
  it('reads a channel address, whatever tab of the channel', () => {
    expect(channelPathOf('/@tvrain/videos')).toBe('/@tvrain');
    expect(channelPathOf('https://www.youtube.com/channel/UCdubelOloxR3wzwJG9x8YqQ/community')).toBe('/channel/UCdubelOloxR3wzwJG9x8YqQ');
    expect(channelPathOf('/c/tvrain')).toBe('/c/tvrain');
    expect(channelPathOf('/user/tvrain')).toBe('/user/tvrain');
    expect(channelPathOf('/watch?v=rain0000001')).toBeNull();
    expect(channelPathOf('https://evil.example/@tvrain')).toBeNull();
  });

  it('on a channel page, the channel of the address', () => {
    history.replaceState(null, '', '/@tvrain/videos');
    expect(youtubeAdapter(document).currentAccounts()).toEqual(['/@tvrain']);
  });

  it('on a watch page, the owner line YouTube rendered for this video', () => {
    loadWatchPage('/@tvrain');
    render('rain0000001', '/@tvrain');
    expect(youtubeAdapter(document).currentAccounts()).toEqual(['/@tvrain']);
  });

  it('before the app has rendered, the microdata of the video the page was loaded with', () => {
    loadWatchPage('/@tvrain');
    expect(youtubeAdapter(document).currentAccounts()).toEqual(['/@tvrain']);
  });

  it('after an in-app move, never the first video\'s microdata, nor the previous owner line', () => {
    loadWatchPage('/@tvrain');
    render('rain0000001', '/@tvrain');
    const adapter = youtubeAdapter(document);
    history.pushState(null, '', '/watch?v=bow00000001');
    expect(adapter.currentAccounts()).toEqual([]); // still rendering the previous video
    render('bow00000001', '/@tvrainbow');
    expect(adapter.currentAccounts()).toEqual(['/@tvrainbow']);
    history.pushState(null, '', '/watch?v=rain0000001');
    render('rain0000001', '/@tvrain');
    expect(adapter.currentAccounts()).toEqual(['/@tvrain']);
  });

  it('a comment author or a related video\'s channel is never taken for the owner', () => {
    loadWatchPage('/@tvrainbow');
    history.pushState(null, '', '/watch?v=bow00000001');
    render('bow00000001', '/@tvrainbow');
    document.getElementById('comments')!.insertAdjacentHTML('beforeend', '<ytd-comment-view-model><a id="author-text" href="/@tvrain">@tvrain</a></ytd-comment-view-model>');
    expect(youtubeAdapter(document).currentAccounts()).toEqual(['/@tvrainbow']);
  });

  it('the active Short\'s channel, and a post\'s author', () => {
    document.body.innerHTML = `
      <ytd-reel-video-renderer><a href="/@tvrainbow">TV Rainbow</a></ytd-reel-video-renderer>
      <ytd-reel-video-renderer is-active><a href="/@tvrain">TV Rain</a></ytd-reel-video-renderer>
      <ytd-backstage-post-renderer><a id="author-text" href="/channel/UCdubelOloxR3wzwJG9x8YqQ">TV Rain</a></ytd-backstage-post-renderer>`;
    history.replaceState(null, '', '/shorts/abc');
    expect(youtubeAdapter(document).currentAccounts()).toEqual(['/@tvrain']);
    history.replaceState(null, '', '/post/Ugkx123');
    expect(youtubeAdapter(document).currentAccounts()).toEqual(['/channel/UCdubelOloxR3wzwJG9x8YqQ']);
  });

  it('no account on the home feed or a search', () => {
    history.replaceState(null, '', '/results?search_query=tvrain');
    expect(youtubeAdapter(document).currentAccounts()).toEqual([]);
    history.replaceState(null, '', '/');
    expect(youtubeAdapter(document).currentAccounts()).toEqual([]);
  });

  it('reports YouTube\'s own navigation events, and checks again while the owner is on its way', async () => {
    const stop = new AbortController();
    let calls = 0;
    youtubeAdapter(document).watch(() => calls++, stop.signal);
    expect(calls).toBe(1);
    document.body.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true }));
    expect(calls).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toBe(3);
    stop.abort();
    document.body.dispatchEvent(new CustomEvent('yt-navigate-finish', { bubbles: true }));
    expect(calls).toBe(3);
  });
});
