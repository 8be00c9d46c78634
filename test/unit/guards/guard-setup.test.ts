import { beforeEach, describe, expect, it } from 'vitest';
import { addActException, guardSetup } from '../../../src/background/guard-setup';
import { createFakeStorage } from '../../../src/platform/fake-storage';
import { loadSettings, updateSettings, useSettingsBackend } from '../../../src/platform/settings-store';

const from = (url: string) => ({ url, id: 'extension' });

beforeEach(() => {
  useSettingsBackend(createFakeStorage());
});

describe('what the background tells a page\'s guards', () => {
  it('gives the settings they need, the site\'s own "don\'t ask again" choices and texts in one language', async () => {
    await updateSettings((settings) => {
      settings.language = 'uk';
      settings.markLinks = false;
      settings.actExceptions.push({ host: 'rferl.org', act: 'share' }, { host: 'meduza.io', act: 'like' });
    });
    const setup = await guardSetup(from('https://www.rferl.org/a/1.html'), [], ['ru-RU']);
    expect(setup.language).toBe('uk');
    expect(setup.markLinks).toBe(false);
    expect(setup.guardOutboundLinks).toBe(true);
    expect(setup.paused).toBe(false);
    expect(setup.actExceptions).toEqual([{ host: 'rferl.org', act: 'share' }]);
    expect(setup.texts.ui.cancel).toBe('Скасувати');
  });

  it('says when the user paused the extension on the site', async () => {
    await updateSettings((settings) => {
      settings.siteExceptions.push({ host: 'example.com', kind: 'paused', addedAt: '2026-11-29T00:00:00Z' });
    });
    expect((await guardSetup(from('https://news.example.com/'), [], ['en'])).paused).toBe(true);
    expect((await guardSetup(from('https://example.org/'), [], ['en'])).paused).toBe(false);
  });

  it('on a platform page flagged by its accounts, says when the user paused those accounts, and only those', async () => {
    const account = (detail: string) => ({ kind: 'account' as const, detail, listId: 'ru-undesirable', entryId: 'tv-rain' });
    await updateSettings((settings) => {
      settings.pausedAccounts.push('youtube.com/@tvrain');
    });
    const video = from('https://www.youtube.com/watch?v=rain0000001');
    expect((await guardSetup(video, [account('youtube.com/@tvrain')], ['en'])).paused).toBe(true);
    expect((await guardSetup(video, [account('youtube.com/@meduzaproject')], ['en'])).paused).toBe(false);
    // The site stays unpaused: a page of YouTube flagged by nothing else is not paused.
    expect((await guardSetup(video, [], ['en'])).paused).toBe(false);
  });

  it('stores "don\'t ask again" for the asking page\'s site only, once, and refuses unknown acts', async () => {
    expect(await addActException('share', from('https://www.rferl.org/a/1.html'))).toBe(true);
    expect(await addActException('share', from('https://www.rferl.org/a/2.html'))).toBe(true);
    expect(await addActException('teleport', from('https://www.rferl.org/'))).toBe(false);
    expect(await addActException('share', from('about:blank'))).toBe(false);
    expect((await loadSettings()).actExceptions).toEqual([{ host: 'www.rferl.org', act: 'share' }]);
  });
});
