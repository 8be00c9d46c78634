import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeStorage } from '../../../src/platform/fake-storage';
import { createSettingsStore } from '../../../src/platform/settings-store';
import { WelcomeApp, type WelcomeServices } from '../../../src/welcome/app';
import { button, click, control, expectAccessible } from './helpers';

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mountWelcome(hostAccess: { granted: boolean; grantOnRequest: boolean }) {
  const storage = createFakeStorage();
  const store = createSettingsStore(storage);
  const requests: string[] = [];
  const services: WelcomeServices = {
    store,
    storage,
    bundledLists: [],
    requestOrigin: async () => true,
    refreshSubscription: async () => undefined,
    removeTraces: async () => ({ paused: 0, dismissed: 0, allowedActs: 0 }),
    version: '0.1.0',
    now: () => new Date('2026-12-02T12:00:00Z'),
    preferredLanguages: ['en'],
    hasHostAccess: async () => hostAccess.granted,
    async requestHostAccess() {
      requests.push('all sites');
      hostAccess.granted = hostAccess.grantOnRequest;
      return hostAccess.granted;
    },
    openOptions: vi.fn(),
  };
  container = document.createElement('div');
  document.body.append(container);
  render(<WelcomeApp {...services} />, container);
  await vi.waitFor(() => expect(container.querySelector('h1')).not.toBeNull());
  return { store, requests, services };
}

describe('the welcome page', () => {
  it('keeps the defaults (the Russian list active) and marks them answered on save', async () => {
    const { store } = await mountWelcome({ granted: true, grantOnRequest: true });
    expect(control(container, 'I am in Russia').checked).toBe(true);
    expect((await store.loadSettings()).jurisdictions.answered).toBe(false);
    await click(button(container, 'Save'));
    await vi.waitFor(async () =>
      expect((await store.loadSettings()).jurisdictions).toEqual({ russia: true, russianPassport: true, belarus: false, answered: true }),
    );
    expect(container.textContent).toContain('Saved. You can change this at any time');
    await expectAccessible(container);
  }, 30_000);

  it('says when the browser withholds access to websites, and asks for it', async () => {
    const { requests } = await mountWelcome({ granted: false, grantOnRequest: true });
    await vi.waitFor(() => expect(container.querySelector('[data-host-access]')?.textContent).toContain('has not allowed'));
    await expectAccessible(container);
    await click(button(container, 'Allow access to websites'));
    await vi.waitFor(() => expect(container.textContent).toContain('The extension can read websites'));
    expect(requests).toEqual(['all sites']);
  }, 30_000);
});
