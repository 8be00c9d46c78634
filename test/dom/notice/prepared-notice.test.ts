import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addressNotices } from '../../../src/core/notice/address-notices';
import { guardTextsFor } from '../../../src/core/acts-texts';
import { ACT_EXCEPTIONS_KEY, domainNoticeKey, PREPARED_GUARDS_KEY, preparedGuardSetup, preparedStateFor } from '../../../src/core/notice/prepared-notice';
import { SETTINGS_KEY_PREFIX } from '../../../src/platform/settings-store';
import { compileIndex } from '../../../src/core/rules/compile';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { flaggedFeatures, type FlaggedFeatures } from '../../../src/content/flagged-features';
import { readPreparedNotice } from '../../../src/content/prepared-notice';
import type { PageState } from '../../../src/platform/message-map';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { installDialogSupport, openDialog, recordShadowRoots, settle, userClick } from '../guards/helpers';

const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);
const prepared = addressNotices(index, {
  ...DEFAULT_SETTINGS,
  siteExceptions: [{ host: 'www.rferl.org', kind: 'dismissed', addedAt: '2026-01-01T00:00:00.000Z' }],
}, 'en');
const roots = recordShadowRoots();
/** What storage.local holds for the content script: the prepared notices under their keys. */
const stored: Record<string, unknown> = Object.fromEntries(Object.entries(prepared).map(([host, entry]) => [domainNoticeKey(host), entry]));
const VERSION = '9.9.9';
stored[PREPARED_GUARDS_KEY] = { version: VERSION, language: 'en', texts: guardTextsFor('en') };
stored[ACT_EXCEPTIONS_KEY] = [{ host: 'meduza.io', act: 'like' }, { host: 'rferl.org', act: 'share' }];
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

/** A page with a share link, as the act-guard tests below use it. */
function sharePage(): HTMLAnchorElement {
  installDialogSupport();
  document.body.innerHTML = '<a id="share" href="https://t.me/share/url?url=https%3A%2F%2Fmeduza.io%2F">Share on Telegram</a>';
  return document.querySelector<HTMLAnchorElement>('#share')!;
}

type SendMessage = (message: { type: string }) => Promise<unknown>;

/** Runs `test` with the background answering 'guard-setup' through `answer`; everything else stays silent. */
async function withGuardSetupAnswers(answer: () => Promise<unknown>, test: () => Promise<void>): Promise<void> {
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: SendMessage } } }).chrome.runtime;
  const silent = runtime.sendMessage;
  runtime.sendMessage = (message) => (message.type === 'guard-setup' ? answer() : silent(message));
  try {
    await test();
  } finally {
    runtime.sendMessage = silent;
  }
}

const noticeHosts = () => roots.filter((root) => root.host.isConnected && root.querySelector('.notice')).map((root) => root.host);

let features: FlaggedFeatures;
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = {
    // A background that never answers: a sleeping or busy one, as far as the page can tell.
    runtime: {
      id: 'test',
      getManifest: () => ({ version: VERSION }),
      sendMessage: () => new Promise(() => undefined),
      onMessage: { addListener: () => undefined },
    },
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
    expect(reads.at(-1)).toEqual([...['pressroom.rferl.org', 'rferl.org', 'org'].map(domainNoticeKey), PREPARED_GUARDS_KEY, ACT_EXCEPTIONS_KEY]);
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

  it('brings the act guards with it, which hold while the background does not answer', async () => {
    const share = sharePage();
    const page = await readPreparedNotice('https://meduza.io/news/1');
    expect(page?.guards?.language).toBe('en');
    // Only the exceptions of this site are taken from the reader's settings.
    expect(page?.guards?.actExceptions).toEqual([{ host: 'meduza.io', act: 'like' }]);
    const { guards, ...state } = page!;
    features.showPrepared(state, guards);
    await settle();
    expect(userClick(share)).toBe(false);
    expect(openDialog(roots)?.textContent).toContain('Share');
  });
});

describe('the prepared act guards, once the background answers', () => {
  it('give way to its setup: the reader paused the extension on this site meanwhile', async () => {
    const share = sharePage();
    let answer = (_setup: unknown) => undefined as void;
    await withGuardSetupAnswers(() => new Promise((resolve) => { answer = resolve; }), async () => {
      const { guards, ...state } = (await readPreparedNotice('https://meduza.io/news/1'))!;
      features.showPrepared(state, guards);
      await settle();
      expect(userClick(share)).toBe(false);
      openDialog(roots)?.close();
      answer({ ...guards!, paused: true });
      await settle();
      await settle();
      expect(userClick(share)).toBe(true);
      expect(openDialog(roots)).toBeNull();
    });
  });
});

describe('the act guards with the page\'s answer', () => {
  it('start on the setup that came with it, asking nothing more', async () => {
    const share = sharePage();
    const { guards, ...state } = (await readPreparedNotice('https://meduza.io/news/1'))!;
    // The background stays silent from here on: a second question would never be answered.
    features.showPage({ ...state, guards: guards! });
    await settle();
    expect(userClick(share)).toBe(false);
    expect(openDialog(roots)?.textContent).toContain('Share');
  });
});

describe('the act guards without a prepared setup', () => {
  it('ask the background again when it failed to answer (it was restarting)', async () => {
    const share = sharePage();
    const { guards, ...state } = (await readPreparedNotice('https://meduza.io/news/1'))!;
    let asked = 0;
    const answer = () => (++asked === 1 ? Promise.reject(new Error('Could not establish connection')) : Promise.resolve(guards));
    await withGuardSetupAnswers(answer, async () => {
      features.showPage(state);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(asked).toBe(2);
      expect(userClick(share)).toBe(false);
      expect(openDialog(roots)?.textContent).toContain('Share');
    });
  });
});

describe('the prepared guard setup', () => {
  const texts = guardTextsFor('ru');
  it('is used only as written by this version, in a known language, with texts of the right shape', () => {
    expect(preparedGuardSetup('meduza.io', { version: '1', language: 'ru', texts }, [], '1')?.texts).toEqual(texts);
    expect(preparedGuardSetup('meduza.io', { version: '0.9', language: 'ru', texts }, [], '1')).toBeNull();
    expect(preparedGuardSetup('meduza.io', { version: '1', language: 'xx', texts }, [], '1')).toBeNull();
    expect(preparedGuardSetup('meduza.io', { version: '1', language: 'ru', texts: { ui: {}, acts: {} } }, [], '1')).toBeNull();
    expect(preparedGuardSetup('meduza.io', { version: '1', language: 'ru', texts: { ...texts, ui: { a: 1 } } }, [], '1')).toBeNull();
    expect(preparedGuardSetup('meduza.io', undefined, [], '1')).toBeNull();
  });

  it('keeps only well-formed exceptions for the page\'s site and its parents', () => {
    const stored = [{ host: 'meduza.io', act: 'share' }, { host: 'io', act: 'like' }, { host: 'other.org', act: 'share' },
      { host: 'meduza.io', act: 'fly' }, 'meduza.io', null];
    expect(preparedGuardSetup('news.meduza.io', { version: '1', language: 'ru', texts }, stored, '1')?.actExceptions)
      .toEqual([{ host: 'meduza.io', act: 'share' }, { host: 'io', act: 'like' }]);
    expect(preparedGuardSetup('meduza.io', { version: '1', language: 'ru', texts }, 'nonsense', '1')?.actExceptions).toEqual([]);
  });

  it('reads the act exceptions from the settings\' own key', () => {
    expect(ACT_EXCEPTIONS_KEY).toBe(`${SETTINGS_KEY_PREFIX}actExceptions`);
  });
});
