import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { manifestFor } from '../../../scripts/build.mjs';

const source = JSON.parse(readFileSync('manifest.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('the manifest generated per browser', () => {
  it('gives Chrome a service worker and no Gecko settings', () => {
    const chrome = manifestFor('chrome', source);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.minimum_chrome_version).toBeDefined();
  });

  it('gives Firefox background scripts, a Gecko id and a no-collection declaration', () => {
    const firefox = manifestFor('firefox', source);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.minimum_chrome_version).toBeUndefined();
  });

  it('keeps one version, localized names and no web-accessible resources', () => {
    expect(source.version).toBe(pkg.version);
    expect(source.manifest_version).toBe(3);
    expect(source.name).toBe('__MSG_extName__');
    expect(source.description).toBe('__MSG_extDescription__');
    expect(source.web_accessible_resources).toBeUndefined();
  });

  it('has every manifest message in every language', () => {
    const keys = (lang: string) => Object.keys(JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8'))).sort();
    for (const lang of ['ru', 'uk', 'be']) expect(keys(lang)).toEqual(keys('en'));
  });

  it('keeps every description within the Chrome Web Store limit of 132 characters', () => {
    for (const lang of ['en', 'ru', 'uk', 'be']) {
      const messages = JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8'));
      expect(messages.extDescription.message.length, lang).toBeLessThanOrEqual(132);
    }
  });
});
