import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeStorage } from '../../../src/platform/fake-storage';
import { STRINGS } from '../../../src/options/strings';
import { change, click, control, expectAccessible, mountOptions, section, type Mounted } from './helpers';

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

describe('the options page', () => {
  it('has every section, a heading per section, and no accessibility violations', async () => {
    const { container } = await open();
    const headings = [...container.querySelectorAll('section > h2')].map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Where the law applies to you', 'Lists', 'Organizations', 'What to do before each act', 'Notice texts',
      'Site exceptions', 'Import and export', 'Rule tester', 'About and privacy',
    ]);
    await expectAccessible(container);
  }, 30_000);

  it.each(['ru', 'uk', 'be'] as const)('speaks %s when the browser does, and stays accessible', async (language) => {
    const { container } = await open({ languages: [`${language}-XX`, 'en'] });
    expect(container.querySelector('h1')?.textContent).toBe(STRINGS[language].appName);
    expect(document.documentElement.lang).toBe(language);
    await expectAccessible(container);
  }, 30_000);

  it('switches language when the setting changes', async () => {
    const { container, store } = await open();
    await change(control<HTMLSelectElement>(section(container, 'jurisdictions'), 'Language of the extension'), 'be');
    await vi.waitFor(() => expect(container.querySelector('h1')?.textContent).toBe(STRINGS.be.appName));
    expect((await store.loadSettings()).language).toBe('be');
  });

  it('shows a change made in another tab without a reload', async () => {
    const storage = createFakeStorage();
    const first = await open({ storage });
    const second = await open({ storage });
    const belarus = control(section(first.container, 'jurisdictions'), 'Belarus');
    await click(belarus);
    await vi.waitFor(() =>
      expect(control(section(second.container, 'jurisdictions'), 'Belarus').checked).toBe(true),
    );
  });
});
