import axe from 'axe-core';
import { render } from 'preact';
import { expect, vi } from 'vitest';
import type { Settings } from '../../../src/core/settings/defaults';
import { createFakeStorage, type FakeStorage, type FakeStorageOptions } from '../../../src/platform/fake-storage';
import { createSettingsStore, type SettingsStore } from '../../../src/platform/settings-store';
import { OptionsApp } from '../../../src/options/app';
import type { OptionsServices } from '../../../src/options/context';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { withoutTraces } from '../../../src/core/settings/traces';

export interface Mounted {
  container: HTMLElement;
  storage: FakeStorage;
  store: SettingsStore;
  services: OptionsServices;
  requestedOrigins: string[];
  refreshed: string[];
  unmount(): void;
}

/** The options page on the real settings store over in-memory storage, with the real bundled lists. */
export async function mountOptions(
  options: { storage?: FakeStorage; storageOptions?: FakeStorageOptions; languages?: string[]; grantOrigins?: boolean; now?: Date } = {},
): Promise<Mounted> {
  const storage = options.storage ?? createFakeStorage(options.storageOptions);
  const store = createSettingsStore(storage);
  const requestedOrigins: string[] = [];
  const refreshed: string[] = [];
  const services: OptionsServices = {
    store,
    storage,
    bundledLists: BUNDLED_LISTS,
    async requestOrigin(origin) {
      requestedOrigins.push(origin);
      return options.grantOrigins ?? true;
    },
    async refreshSubscription(url) {
      refreshed.push(url);
    },
    // The settings part of the background's "Remove all traces"; its storage.session part is seen in the browser test.
    async removeTraces() {
      let removed = { paused: 0, dismissed: 0, allowedActs: 0 };
      await store.updateSettings((settings) => {
        const result = withoutTraces(settings);
        removed = result.removed;
        return result.settings;
      });
      return removed;
    },
    version: '0.1.0',
    now: () => options.now ?? new Date('2026-12-02T12:00:00Z'),
    preferredLanguages: options.languages ?? ['en-US'],
  };
  const container = document.createElement('div');
  document.body.append(container);
  render(<OptionsApp {...services} />, container);
  await vi.waitFor(() => expect(container.querySelector('h1')).not.toBeNull());
  return {
    container,
    storage,
    store,
    services,
    requestedOrigins,
    refreshed,
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}

export function section(container: HTMLElement, id: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`section[id="${id}"]`);
  if (!found) throw new Error(`no section #${id}`);
  return found;
}

/** The form control whose label contains `text`. */
export function control<T extends HTMLElement = HTMLInputElement>(scope: HTMLElement, text: string | RegExp): T {
  for (const label of scope.querySelectorAll('label')) {
    const matches = typeof text === 'string' ? label.textContent?.includes(text) : text.test(label.textContent ?? '');
    if (!matches) continue;
    const target = label.htmlFor ? scope.querySelector(`[id="${label.htmlFor}"]`) : label.querySelector('input, select, textarea');
    if (target) return target as T;
  }
  const byAria = [...scope.querySelectorAll<HTMLElement>('[aria-label]')].find((element) =>
    typeof text === 'string' ? element.getAttribute('aria-label')?.includes(text) : text.test(element.getAttribute('aria-label') ?? ''),
  );
  if (byAria) return byAria as T;
  throw new Error(`no control labelled ${String(text)}`);
}

export function button(scope: HTMLElement, text: string | RegExp): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((candidate) =>
    typeof text === 'string' ? candidate.textContent?.includes(text) : text.test(candidate.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
}

/** Lets Preact render what the last event changed, as it would before a person's next action. */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  await rendered();
}

export async function change(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value?: string) {
  if (value !== undefined) element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await rendered();
}

export async function click(element: HTMLElement) {
  element.click();
  await rendered();
}

export async function expectAccessible(scope: HTMLElement) {
  // jsdom has no layout, so contrast cannot be computed here; the browser tests cover the rest.
  const results = await axe.run(scope, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function stored(store: SettingsStore): Promise<Settings> {
  return store.loadSettings();
}
