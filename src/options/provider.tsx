import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { pickLanguage } from '../core/i18n';
import type { Settings } from '../core/settings/defaults';
import { Options, type OptionsServices } from './context';
import { translator, type StringKey } from './strings';

/**
 * Loads the settings, keeps them current as other tabs or the background change them, and gives
 * the page's parts a `save` that reports its outcome in the status line.
 */
export function SettingsProvider({ services, titleKey, children }: { services: OptionsServices; titleKey: StringKey; children: ComponentChildren }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const { store } = services;

  useEffect(() => {
    let live = true;
    void store.loadSettings().then((loaded) => live && setSettings(loaded));
    // Changes from other tabs, the popup or the background arrive here without a reload.
    const stop = store.onSettingsChanged((changed) => live && setSettings(changed));
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  const language = pickLanguage(services.preferredLanguages, settings?.language);
  const t = useMemo(() => translator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t(titleKey);
  }, [language, t, titleKey]);

  if (!settings) return <main aria-busy="true" />;

  const save = async (mutator: (draft: Settings) => Settings | void) => {
    try {
      setSettings(await store.updateSettings(mutator));
      setStatus(t('saved'));
      return true;
    } catch (error) {
      setStatus(t('saveFailed', { error: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  };

  return (
    <Options.Provider value={{ ...services, settings, language, t, save }}>
      {children}
      <p role="status" class="status">
        {status}
      </p>
    </Options.Provider>
  );
}
