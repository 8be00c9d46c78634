import { describe, expect, it } from 'vitest';
import { createTabState } from '../../src/background/tab-store';
import { NOT_FLAGGED, type Verdict } from '../../src/core/verdict';
import { createFakeStorage } from '../../src/platform/fake-storage';

const flagged: Verdict = {
  flagged: true,
  matches: [{ listId: 'ru-undesirable', entryId: 'rferl', organization: { en: 'RFE/RL' }, jurisdictions: ['RU'], sources: [] }],
  evidence: [{ kind: 'domain', detail: 'rferl.org', listId: 'ru-undesirable', entryId: 'rferl' }],
};

describe('tab state in session storage', () => {
  it('survives the background being restarted', async () => {
    const storage = createFakeStorage();
    await createTabState(storage.local).record(7, 'https://www.rferl.org/a/1.html', flagged);
    const restarted = createTabState(storage.local);
    expect((await restarted.get(7))?.flagged).toBe(true);
    expect([...(await restarted.all()).keys()]).toEqual([7]);
  });

  it('writes nothing for a neutral page', async () => {
    const storage = createFakeStorage();
    const tabs = createTabState(storage.local);
    expect(await tabs.record(3, 'https://news.example.com/', NOT_FLAGGED)).toEqual({ hadRecord: false, record: undefined });
    expect(storage.writes.local).toBe(0);
  });

  it('drops a tab that moved to a neutral page, and a closed tab', async () => {
    const storage = createFakeStorage();
    const tabs = createTabState(storage.local);
    await tabs.record(1, 'https://www.rferl.org/', flagged);
    await tabs.record(2, 'https://www.rferl.org/', flagged);
    expect(await tabs.record(1, 'https://news.example.com/', NOT_FLAGGED)).toEqual({ hadRecord: true, record: undefined });
    await tabs.forget(2);
    expect(storage.dump('local')).toEqual({});
  });

  it('follows navigation: same host keeps a domain flag, another host drops it', async () => {
    const storage = createFakeStorage();
    const tabs = createTabState(storage.local);
    await tabs.record(5, 'https://www.rferl.org/a/1.html', flagged);
    expect(await tabs.navigated(5, 'https://www.rferl.org/a/2.html')).toMatchObject({
      hadRecord: true,
      record: { url: 'https://www.rferl.org/a/2.html' },
    });
    expect(await tabs.navigated(5, 'https://news.example.com/')).toEqual({ hadRecord: true, record: undefined });
    expect(await tabs.navigated(5, 'https://news.example.com/')).toEqual({ hadRecord: false, record: undefined });
    expect(await tabs.get(5)).toBeUndefined();
  });

  it('ignores records of non-web pages', async () => {
    const storage = createFakeStorage();
    const tabs = createTabState(storage.local);
    expect(await tabs.record(9, 'about:blank', flagged)).toEqual({ hadRecord: false, record: undefined });
    expect(storage.writes.local).toBe(0);
  });
});
