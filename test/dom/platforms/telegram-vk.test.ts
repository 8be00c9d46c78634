import { afterEach, describe, expect, it } from 'vitest';
import { chatUsernameOf, telegramWebAdapter } from '../../../src/content/platforms/telegram';
import { ownerOfWallPost, vkAdapter } from '../../../src/content/platforms/vk';

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

describe('Telegram Web: the chat open in the app', () => {
  it('reads a chat opened by its username, in both versions of the app', () => {
    for (const app of ['/k/', '/a/']) {
      history.replaceState(null, '', `${app}#@meduzalive`);
      expect(telegramWebAdapter(location).currentAccounts()).toEqual(['/meduzalive']);
    }
    history.replaceState(null, '', `/k/#?tgaddr=${encodeURIComponent('tg://resolve?domain=tvrain')}`);
    expect(telegramWebAdapter(location).currentAccounts()).toEqual(['/tvrain']);
  });

  it('knows no account for a chat opened by its numeric id, the chat list, or anything not a username', () => {
    for (const hash of ['#-1001036240821', '', '#@ab', '#@1abcdef', '#?tgaddr=https%3A%2F%2Fevil.example%2F%3Fdomain%3Dtvrain']) {
      history.replaceState(null, '', `/k/${hash}`);
      expect(telegramWebAdapter(location).currentAccounts()).toEqual([]);
    }
    expect(chatUsernameOf('#@meduzalive/123')).toBe('meduzalive');
  });

  it('notices a chat switched by replaceState, which fires no event', async () => {
    const stop = new AbortController();
    history.replaceState(null, '', '/k/#@meduzalive');
    const seen: string[][] = [];
    const adapter = telegramWebAdapter(location);
    adapter.watch(() => seen.push(adapter.currentAccounts()), stop.signal);
    history.replaceState(null, '', '/k/#@durov');
    await new Promise((resolve) => setTimeout(resolve, 700));
    stop.abort();
    expect(seen[0]).toEqual(['/meduzalive']);
    expect(seen.at(-1)).toEqual(['/durov']);
  });
});

describe('VK: whose post or community is in front of the reader', () => {
  it('a community\'s wall post, by its id in every form, and a person\'s', () => {
    expect(ownerOfWallPost('wall-12637912_3456')).toEqual(['/club12637912', '/public12637912']);
    expect(ownerOfWallPost('wall1_45')).toEqual(['/id1']);
    expect(ownerOfWallPost('photo-1_2')).toEqual([]);
    history.replaceState(null, '', '/wall-12637912_3456');
    expect(vkAdapter(document).currentAccounts()).toEqual(['/club12637912', '/public12637912']);
  });

  it('adds the screen name from the open post\'s author link', () => {
    history.replaceState(null, '', '/wall-76982440_100');
    document.body.innerHTML = '<div class="post"><div class="post_author"><a class="author" href="/tvrain">TV Rain</a></div></div>';
    expect(vkAdapter(document).currentAccounts()).toEqual(['/club76982440', '/public76982440', '/tvrain']);
  });

  it('a post opened in a layer over the feed counts its own author only, not the feed\'s', () => {
    history.replaceState(null, '', '/feed?w=wall-76982440_100');
    document.body.innerHTML = `
      <div class="post"><div class="post_author"><a class="author" href="/neutral_news">Neutral</a></div></div>
      <div id="wl_post"><div class="post_author"><a class="author" href="/tvrain">TV Rain</a></div></div>`;
    expect(vkAdapter(document).currentAccounts()).toEqual(['/club76982440', '/public76982440', '/tvrain']);
    document.getElementById('wl_post')!.remove();
    expect(vkAdapter(document).currentAccounts()).toEqual(['/club76982440', '/public76982440']);
  });

  it('a community page in either form gives both; the feed gives none', () => {
    history.replaceState(null, '', '/public12637912');
    expect(vkAdapter(document).currentAccounts()).toEqual(['/club12637912', '/public12637912']);
    history.replaceState(null, '', '/feed');
    expect(vkAdapter(document).currentAccounts()).toEqual([]);
  });
});
