import { describe, expect, it, vi } from 'vitest';
import { createFakeStorage } from '../../../src/platform/fake-storage';
import { createSettingsStore } from '../../../src/platform/settings-store';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the background\'s cached settings', () => {
  it('reads storage once for many questions', async () => {
    const storage = createFakeStorage();
    const store = createSettingsStore(storage);
    const reads = vi.spyOn(storage.local, 'get');
    await store.loadSettings();
    const readsPerLoad = reads.mock.calls.length;
    reads.mockClear();
    await Promise.all([store.cachedSettings(), store.cachedSettings(), store.cachedSettings()]);
    await store.cachedSettings();
    expect(reads).toHaveBeenCalledTimes(readsPerLoad);
  });

  it('reads again after its own update and after a change made by another page', async () => {
    const storage = createFakeStorage();
    const background = createSettingsStore(storage);
    const optionsPage = createSettingsStore(storage);
    expect((await background.cachedSettings()).markLinks).toBe(true);

    await background.updateSettings((settings) => {
      settings.markLinks = false;
    });
    expect((await background.cachedSettings()).markLinks).toBe(false);

    await optionsPage.updateSettings((settings) => {
      settings.lowVisibility = true;
    });
    await settle();
    expect((await background.cachedSettings()).lowVisibility).toBe(true);
  });
});
