import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { exportSettings } from '../../../src/core/settings/import-export';
import { subscriptionKey, type SubscriptionCopy } from '../../../src/core/settings/subscription-copy';
import { createFakeStorage } from '../../../src/platform/fake-storage';
import { createSettingsStore } from '../../../src/platform/settings-store';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { button, change, click, control, expectAccessible, mountOptions, section, type, type Mounted } from './helpers';

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures', file), 'utf8');

let mounted: Mounted[] = [];
afterEach(() => {
  mounted.forEach((page) => page.unmount());
  mounted = [];
});
async function open(...args: Parameters<typeof mountOptions>) {
  const page = await mountOptions(...args);
  mounted.push(page);
  return page;
}

function fileInput(scope: HTMLElement, name: string, text: string) {
  const input = scope.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('jurisdictions', () => {
  it('saves the answers and marks the question answered', async () => {
    const { container, store } = await open();
    await click(control(section(container, 'jurisdictions'), 'Belarus'));
    await vi.waitFor(async () =>
      expect((await store.loadSettings()).jurisdictions).toEqual({ russia: true, russianPassport: true, belarus: true, answered: true }),
    );
    await click(control(section(container, 'jurisdictions'), 'full-page warning'));
    await vi.waitFor(async () => expect((await store.loadSettings()).noticeMode).toBe('interstitial'));
  });
});

describe('lists', () => {
  it('shows each bundled list with its as-of date and entry count, and switches it off', async () => {
    const { container, store } = await open();
    const lists = section(container, 'lists');
    const russian = BUNDLED_LISTS.find((list) => list.id === 'ru-undesirable')!;
    const asOf = new Date(`${russian.version}T00:00:00Z`).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
    expect(lists.textContent).toContain(`As of ${asOf} · entries: ${russian.entries.length}`);
    expect(lists.querySelector('[data-stale-list]')).toBeNull();
    const checkbox = control(lists, russian.title.en);
    expect(checkbox.checked).toBe(true);
    await click(checkbox);
    await vi.waitFor(async () => expect((await store.loadSettings()).userRules.disabledLists).toEqual(['ru-undesirable']));
  });

  it('hints that an active bundled list over 90 days old may miss new listings, until a newer edition is subscribed', async () => {
    const russian = BUNDLED_LISTS.find((list) => list.id === 'ru-undesirable')!;
    const now = new Date(Date.parse(`${russian.version}T00:00:00Z`) + 120 * 86_400_000);
    const { container, storage, store } = await open({ now });
    const lists = section(container, 'lists');
    const card = () => control(lists, russian.title.en).closest('li')!;
    await vi.waitFor(() => expect(card().querySelector('[data-stale-list]')?.textContent).toContain('over three months old'));
    const listUrl = 'https://lists.example.org/ru.json';
    await storage.local.set({ [subscriptionKey(listUrl)]: { url: listUrl, list: { ...russian, version: now.toISOString().slice(0, 10) }, fetchedAt: now.toISOString() } });
    await store.updateSettings((settings) => {
      settings.subscriptions.push({ url: listUrl, enabled: true, addedAt: now.toISOString() });
    });
    await vi.waitFor(() => expect(card().querySelector('[data-stale-list]')).toBeNull());
  });

  it('refuses a non-https address and saves nothing', async () => {
    const { container, storage } = await open();
    const lists = section(container, 'lists');
    await type(control(lists, 'Address of the list'), 'http://lists.example.org/good.json');
    await click(button(lists, 'Subscribe'));
    await vi.waitFor(() => expect(lists.querySelector('[role=alert]')?.textContent).toContain('https://'));
    expect(storage.writes).toEqual({ local: 0, sync: 0 });
  });

  it('asks for access to the origin, subscribes with the pin, and has the list fetched', async () => {
    const { container, store, requestedOrigins, refreshed } = await open();
    const lists = section(container, 'lists');
    await type(control(lists, 'Address of the list'), 'https://lists.example.org/good.json');
    await type(control(lists, 'SHA-256'), 'C3F508FC3B34BC01F578E8457F6591AFFDC5A39D1CC824893A2C7BF67380CBD6');
    await click(button(lists, 'Subscribe'));
    await vi.waitFor(() => expect(refreshed).toEqual(['https://lists.example.org/good.json']));
    expect(requestedOrigins).toEqual(['https://lists.example.org']);
    expect((await store.loadSettings()).subscriptions).toMatchObject([
      { url: 'https://lists.example.org/good.json', enabled: true, sha256: 'c3f508fc3b34bc01f578e8457f6591affdc5a39d1cc824893a2c7bf67380cbd6' },
    ]);
  });

  it('does not subscribe when the browser refuses access', async () => {
    const { container, store } = await open({ grantOrigins: false });
    const lists = section(container, 'lists');
    await type(control(lists, 'Address of the list'), 'https://lists.example.org/good.json');
    await click(button(lists, 'Subscribe'));
    await vi.waitFor(() => expect(lists.querySelector('[role=alert]')?.textContent).toContain('did not allow access'));
    expect((await store.loadSettings()).subscriptions).toEqual([]);
  });

  it('shows the error of the last update and the age of the copy that stays active', async () => {
    const url = 'https://lists.example.org/good.json';
    const copy: SubscriptionCopy = {
      url,
      list: JSON.parse(fixture('pages/lists.example.org/good.json')),
      fetchedAt: '2026-01-01T10:00:00.000Z',
      checkedAt: '2026-01-03T10:00:00.000Z',
      error: 'the server answered 404 Not Found',
    };
    const storage = createFakeStorage({
      initial: {
        local: {
          'settings.schemaVersion': 1,
          'settings.subscriptions': [{ url, enabled: true, addedAt: '2026-01-01T09:00:00.000Z' }],
          [subscriptionKey(url)]: copy,
        },
      },
    });
    const { container } = await open({ storage });
    const lists = section(container, 'lists');
    await vi.waitFor(() => expect(lists.querySelector('[data-subscription-error]')?.textContent).toContain('404'));
    expect(lists.textContent).toContain('Example extra list');
    expect(lists.querySelector('[data-subscription-error]')?.textContent).toMatch(/The copy from .*2026.* stays active/);
    await expectAccessible(lists);
  }, 30_000);
});

describe('organizations', () => {
  it('finds an organization by name or domain and disables it', async () => {
    const { container, store } = await open();
    const organizations = section(container, 'organizations');
    await type(control(organizations, 'Search'), 'rferl.org');
    await vi.waitFor(() => expect(organizations.querySelectorAll('[data-entry]')).toHaveLength(1));
    const entry = organizations.querySelector<HTMLElement>('[data-entry]')!;
    expect(entry.dataset.entry).toBe('ru-undesirable/rferl');
    await click(entry.querySelector('input')!);
    await vi.waitFor(async () => expect((await store.loadSettings()).userRules.disabledEntries).toEqual(['ru-undesirable/rferl']));
  });

  it('adds an organization of the user\'s own with its domains, accounts and names', async () => {
    const { container, store } = await open();
    const organizations = section(container, 'organizations');
    await type(control(organizations, 'Name'), 'Example Watch');
    await type(control<HTMLTextAreaElement>(organizations, 'Domains'), 'https://www.example-watch.example/about\n');
    await type(control<HTMLTextAreaElement>(organizations, 'Accounts'), 'https://t.me/ExampleWatch');
    await type(control<HTMLTextAreaElement>(organizations, 'Names the site'), 'Example Watch Daily');
    await click(button(organizations, 'Add'));
    await vi.waitFor(async () =>
      expect((await store.loadSettings()).userRules.entries).toEqual([
        {
          id: 'example-watch',
          names: { en: 'Example Watch' },
          domains: ['example-watch.example'],
          accounts: [{ host: 't.me', path: '/examplewatch' }],
          signals: { siteNames: ['Example Watch Daily'] },
          sources: [{ publisher: 'You' }],
          verified: false,
        },
      ]),
    );
    expect(organizations.textContent).toContain('Remove Example Watch');
  });

  it('asks for at least one way to recognise the organization', async () => {
    const { container, store } = await open();
    const organizations = section(container, 'organizations');
    await type(control(organizations, 'Name'), 'Nameless');
    await click(button(organizations, 'Add'));
    await vi.waitFor(() => expect(organizations.querySelector('[role=alert]')?.textContent).toContain('at least one'));
    expect((await store.loadSettings()).userRules.entries).toEqual([]);
  });
});

describe('acts', () => {
  it('sets a policy per act and list, and back to the list default', async () => {
    const { container, store } = await open();
    const acts = section(container, 'acts');
    const select = acts.querySelector<HTMLSelectElement>('#act-ru-undesirable-share')!;
    await change(select, 'block');
    await vi.waitFor(async () => expect((await store.loadSettings()).userRules.actPolicies).toEqual({ 'ru-undesirable': { share: 'block' } }));
    await change(acts.querySelector<HTMLSelectElement>('#act-ru-undesirable-share')!, '');
    await vi.waitFor(async () => expect((await store.loadSettings()).userRules.actPolicies).toEqual({}));
  });
});

describe('notice texts', () => {
  it('previews an edit live in the real notice, saves it, and resets it', async () => {
    const { container, store } = await open();
    const texts = section(container, 'texts');
    const preview = () => texts.querySelector<HTMLElement>('[data-notice-preview]')!.shadowRoot?.querySelector('[role=region]')?.textContent ?? '';
    // The preview shows the first organization with a domain in the first bundled list.
    const sample = BUNDLED_LISTS[0]!.entries.find((entry) => entry.domains?.length)!.names.en;
    await vi.waitFor(() => expect(preview()).toContain(sample));
    const headline = texts.querySelector<HTMLTextAreaElement>('#text-headline')!;
    await type(headline, 'Careful: {organization} is outlawed here');
    await vi.waitFor(() => expect(preview()).toContain(`Careful: ${sample} is outlawed here`));
    await change(headline);
    await vi.waitFor(async () =>
      expect((await store.loadSettings()).texts).toEqual({ headline: { en: 'Careful: {organization} is outlawed here' } }),
    );
    await click(button(texts, /Reset to default\s*\(headline\)/));
    await vi.waitFor(async () => expect((await store.loadSettings()).texts).toEqual({}));
    await vi.waitFor(() => expect(preview()).not.toContain('Careful'));
  });

  it('edits the texts of another language', async () => {
    const { container, store } = await open();
    const texts = section(container, 'texts');
    await change(control<HTMLSelectElement>(texts, 'Language of the texts'), 'uk');
    await vi.waitFor(() => expect(texts.querySelector('#text-headline')?.getAttribute('lang')).toBe('uk'));
    await change(texts.querySelector<HTMLTextAreaElement>('#text-headline')!, 'Увага: {organization}');
    await vi.waitFor(async () => expect((await store.loadSettings()).texts).toEqual({ headline: { uk: 'Увага: {organization}' } }));
  });
});

describe('site exceptions', () => {
  it('pauses a site, removes it, and undoes the removal', async () => {
    const { container, store } = await open();
    const exceptions = section(container, 'exceptions');
    await type(control(exceptions, 'Pause the extension'), 'https://www.Example.org/page');
    await click(button(exceptions, 'Pause'));
    await vi.waitFor(async () => expect((await store.loadSettings()).siteExceptions).toMatchObject([{ host: 'example.org', kind: 'paused' }]));
    await click(button(exceptions, 'Remove example.org'));
    await vi.waitFor(async () => expect((await store.loadSettings()).siteExceptions).toEqual([]));
    await click(button(exceptions, 'Undo'));
    await vi.waitFor(async () => expect((await store.loadSettings()).siteExceptions).toMatchObject([{ host: 'example.org' }]));
  });

  it('lists the notices dismissed per organization and per account, each shown again with an undo', async () => {
    const storage = createFakeStorage();
    const store = createSettingsStore(storage);
    await store.updateSettings((settings) => ({
      ...settings,
      dismissedOrganizations: ['ru-undesirable/rferl'],
      dismissedAccounts: ['youtube.com/@tvrain', 't.me/meduzalive'],
    }));
    const { container } = await open({ storage });
    const exceptions = section(container, 'exceptions');
    await vi.waitFor(() => expect(exceptions.textContent).toContain('Notices you dismissed, accounts you paused'));
    // The organization by its name, the accounts as the notice named them.
    expect(exceptions.textContent).toContain('Radio Free Europe/Radio Liberty');
    expect(exceptions.textContent).toMatch(/youtube\.com\/@tvrain\s*account/);
    await click(button(exceptions, 'Show again: youtube.com/@tvrain'));
    await vi.waitFor(async () => expect((await store.loadSettings()).dismissedAccounts).toEqual(['t.me/meduzalive']));
    expect(exceptions.textContent).toContain('The notice for youtube.com/@tvrain will show again.');
    await click(button(exceptions, 'Undo'));
    await vi.waitFor(async () => expect((await store.loadSettings()).dismissedAccounts).toEqual(['youtube.com/@tvrain', 't.me/meduzalive']));
    await click(button(exceptions, 'Show again: Radio Free Europe/Radio Liberty'));
    await vi.waitFor(async () => expect((await store.loadSettings()).dismissedOrganizations).toEqual([]));
  });
});

describe('import and export', () => {
  it('lists every error of an invalid file with path and line, and changes nothing', async () => {
    const { container, store, storage } = await open();
    const before = await store.loadSettings();
    const section_ = section(container, 'import-export');
    fileInput(section_, 'bad.json', fixture('settings/export-invalid.json'));
    await vi.waitFor(() => expect(section_.querySelector('[data-import-errors]')).not.toBeNull());
    const errors = [...section_.querySelectorAll('[data-import-errors] li')].map((item) => item.textContent);
    expect(errors).toEqual([
      expect.stringMatching(/^line 7, \$\.settings\.language: /),
      expect.stringMatching(/^line 19, \$\.settings\.userRules\.actPolicies\["ru-undesirable"\]\.share: /),
      expect.stringMatching(/^line 29, \$\.settings\.subscriptions\[0\]\.url: /),
    ]);
    expect(await store.loadSettings()).toEqual(before);
    expect(storage.writes).toEqual({ local: 0, sync: 0 });
    await expectAccessible(section_);
  }, 30_000);

  it('refuses a deeply nested file with a clear error, and changes nothing', async () => {
    const { container, store, storage } = await open();
    const before = await store.loadSettings();
    const section_ = section(container, 'import-export');
    fileInput(section_, 'deep.json', '['.repeat(400_000) + ']'.repeat(400_000));
    await vi.waitFor(() => expect(section_.querySelector('[data-import-errors]')).not.toBeNull());
    expect(section_.querySelector('[data-import-errors] li')?.textContent).toMatch(/^\$(\[0\])+: nested more than 32 levels deep/);
    expect(await store.loadSettings()).toEqual(before);
    expect(storage.writes).toEqual({ local: 0, sync: 0 });
  });

  it('says so when a file cannot be read at all, and changes nothing', async () => {
    const { container, store, storage } = await open();
    const before = await store.loadSettings();
    const section_ = section(container, 'import-export');
    const input = section_.querySelector<HTMLInputElement>('input[type=file]')!;
    const unreadable = new File(['{}'], 'gone.json', { type: 'application/json' });
    unreadable.text = () => Promise.reject(new Error('the file was moved'));
    Object.defineProperty(input, 'files', { value: [unreadable], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(section_.querySelector('[data-import-unreadable]')).not.toBeNull());
    expect(section_.querySelector('[data-import-unreadable]')?.textContent).toBe('Nothing was changed. The file could not be read: the file was moved');
    expect(await store.loadSettings()).toEqual(before);
    expect(storage.writes).toEqual({ local: 0, sync: 0 });
  });

  it('imports a valid file as a whole', async () => {
    const { container, store } = await open();
    const imported = { ...structuredClone(DEFAULT_SETTINGS), language: 'ru' as const, markLinks: false };
    fileInput(section(container, 'import-export'), 'good.json', exportSettings(imported));
    await vi.waitFor(async () => expect(await store.loadSettings()).toEqual(imported));
  });
});

describe('rule tester', () => {
  it('gives the verdict and evidence for an address, and for a page\'s HTML', async () => {
    const { container } = await open();
    const tester = section(container, 'tester');
    await type(control(tester, 'Page address'), 'https://www.svoboda.org/a/article.html');
    await click(button(tester, 'Check'));
    await vi.waitFor(() => expect(tester.querySelector('[data-tester-result]')?.textContent).toContain('Flagged: Radio Free Europe/Radio Liberty'));
    expect(tester.querySelector('[data-tester-result]')?.textContent).toContain('domain: svoboda.org');

    await type(control(tester, 'Page address'), 'https://news.example.com/');
    await click(button(tester, 'Check'));
    await vi.waitFor(() => expect(tester.querySelector('[data-tester-result]')?.textContent).toBe('Not flagged.'));
  });
});
