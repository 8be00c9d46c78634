import { describe, expect, it } from 'vitest';
import { accountAddressOfWidget } from '../../../src/core/rules/widget-addresses';
import { classifyUrl } from '../../../src/core/rules/match';
import { bundledIndex } from './helpers';

describe('embedded widgets stand for the account they show', () => {
  it('VK\'s post and video widgets: a negative owner is a community, a positive one a person', () => {
    expect(accountAddressOfWidget('https://vk.com/widget_post.php?owner_id=-12637912&post_id=5001&hash=x')).toBe('https://vk.com/public12637912');
    expect(accountAddressOfWidget('https://vk.com/video_ext.php?oid=-12637912&id=456239017&hash=x')).toBe('https://vk.com/public12637912');
    expect(accountAddressOfWidget('https://vk.com/widget_post.php?owner_id=1&post_id=2')).toBe('https://vk.com/id1');
  });

  it('anything else is no widget', () => {
    for (const url of [
      'https://vk.com/tvrain',
      'https://vk.com/widget_post.php?owner_id=abc',
      'https://evil.example/widget_post.php?owner_id=-12637912',
      'https://www.youtube.com/embed/abc',
      'not a url',
    ]) expect(accountAddressOfWidget(url)).toBeNull();
  });

  it('a VK community listed as /club… is found as /public… and the other way round', () => {
    const index = bundledIndex();
    expect(classifyUrl(index, 'https://vk.com/club12637912').matches.map((m) => m.entryId)).toEqual(['rferl']);
    expect(classifyUrl(index, 'https://vk.com/public12637912').matches.map((m) => m.entryId)).toEqual(['rferl']);
  });
});
