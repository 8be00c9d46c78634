import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addressNotices } from '../../../src/core/notice/address-notices';
import { domainNoticeKey, preparedStateFor } from '../../../src/core/notice/prepared-notice';
import { compileIndex } from '../../../src/core/rules/compile';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { flaggedFeatures, type FlaggedFeatures } from '../../../src/content/flagged-features';
import { readPreparedNotice } from '../../../src/content/prepared-notice';
import type { PageState } from '../../../src/platform/message-map';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { recordShadowRoots, userClick } from '../guards/helpers';

const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
const prepared = addressNotices(index, {
  ...DEFAULT_SETTINGS,
  siteExceptions: [{ host: 'www.rferl.org', kind: 'dismissed', addedAt: '2026-01-01T00:00:00.000Z' }],
}, 'en');
const roots = recordShadowRoots();
/** What storage.local holds for the content script: the prepared notices under their keys. */
const stored: Record<string, unknown> = Object.fromEntries(Object.entries(prepared).map(([host, entry]) => [domainNoticeKey(host), entry]));
const reads: string[][] = [];

function stateOf(domain: string): PageState {
  return preparedStateFor(domain, { [domainNoticeKey(domain)]: prepared[domain] })!;
}

/** The same value with every object's keys in reverse order, as storage may give it back. */
function reordered<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reordered) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reordered(item)])) as T;
}

const noticeHosts = () => roots.filter((root) => root.host.isConnected && root.querySelector('.notice')).map((root) => root.host);

let features: FlaggedFeatures;
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: { id: 'test', sendMessage: () => new Promise(() => undefined), onMessage: { addListener: () => undefined } },
    storage: {
      local: {
        get: async (keys: string[]) => {
          reads.push(keys);
          return Object.fromEntries(keys.filter((key) => key in stored).map((key) => [key, stored[key]]));
        },
      },
    },
  };
});
/** Each test is a page load of its own: a fresh content-flagged.js, not yet answered. */
beforeEach(async () => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('regional-legal-warnings.flagged-features')];
  vi.resetModules();
  await import('../../../src/content/flagged');
  features = flaggedFeatures()!;
});
afterEach(() => features.stop());
afterAll(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('the prepared notice', () => {
  it('is read by the host suffixes of the page, and not for an excepted host or an unlisted one', async () => {
    expect((await readPreparedNotice('https://pressroom.rferl.org/a/1.html'))?.notice?.headline).toContain('Radio Free Europe');
    expect(reads.at(-1)).toEqual(['pressroom.rferl.org', 'rferl.org', 'org'].map(domainNoticeKey));
    expect(await readPreparedNotice('https://www.rferl.org/a/1.html')).toBeNull();
    expect(await readPreparedNotice('https://example.org/')).toBeNull();
    expect(await readPreparedNotice('file:///tmp/x.html')).toBeNull();
  });

  it('shows at once, and stays, unannounced again, when the answer gives the same notice', () => {
    const state = stateOf('meduza.io');
    features.showPrepared(state);
    const [shown] = noticeHosts();
    expect(shown?.isConnected).toBe(true);
    features.showPage(reordered(state));
    expect(noticeHosts()).toEqual([shown]);
  });

  it('gives way to another notice in the answer', () => {
    const meduza = stateOf('meduza.io');
    features.showPrepared(meduza);
    const [first] = noticeHosts();
    const edited = { ...meduza, notice: { ...meduza.notice!, headline: 'Edited headline' } };
    features.showPage(edited);
    expect(noticeHosts()).toHaveLength(1);
    expect(noticeHosts()[0]).not.toBe(first);
  });

  it('gives way to no notice when the reader dismissed it meanwhile', () => {
    const meduza = stateOf('meduza.io');
    features.showPrepared(meduza);
    expect(noticeHosts()).toHaveLength(1);
    features.showPage({ ...meduza, notice: null });
    expect(noticeHosts()).toEqual([]);
  });

  it('stays away once the reader answered it, whatever the answer brings', () => {
    const meduza = stateOf('meduza.io');
    features.showPrepared(meduza);
    const root = roots.find((candidate) => candidate.host.isConnected && candidate.querySelector('.notice'))!;
    userClick(root.querySelector<HTMLElement>('#notice-dismiss-toggle')!);
    expect(features.showedPrepared()).toBe(true);
    userClick(root.querySelector<HTMLElement>('button[data-dismiss="site"]')!);
    expect(noticeHosts()).toEqual([]);
    expect(features.showedPrepared()).toBe(true);
    features.showPage({ ...meduza, notice: { ...meduza.notice!, headline: 'Edited headline' } });
    expect(noticeHosts()).toEqual([]);
  });

  it('comes too late once the page was found not flagged', () => {
    features.stop();
    features.showPrepared(stateOf('meduza.io'));
    expect(noticeHosts()).toEqual([]);
  });

  it('comes too late once the answer is in', () => {
    features.showPage({ ...stateOf('meduza.io'), notice: null });
    features.showPrepared(stateOf('meduza.io'));
    expect(noticeHosts()).toEqual([]);
  });
});
