import { useEffect, useState } from 'preact/hooks';
import type { OptionsServices } from '../options/context';
import { useOptions } from '../options/context';
import { SettingsProvider } from '../options/provider';
import { JurisdictionQuestions, LanguageChoice } from '../options/sections/jurisdictions';

export interface WelcomeServices extends OptionsServices {
  hasHostAccess(): Promise<boolean>;
  /** Must run in the click handler: the browser shows its prompt only for a user gesture. */
  requestHostAccess(): Promise<boolean>;
  openOptions(): void;
}

function HostAccess({ services }: { services: WelcomeServices }) {
  const { t } = useOptions();
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => void services.hasHostAccess().then(setGranted), [services]);
  if (granted === null) return null;
  if (granted) return <p>{t('hostAccessGranted')}</p>;
  return (
    <div role="alert" class="error" data-host-access>
      <p>{t('hostAccessMissing')}</p>
      <button type="button" onClick={() => void services.requestHostAccess().then(setGranted)}>
        {t('hostAccessGrant')}
      </button>
    </div>
  );
}

function WelcomePage({ services }: { services: WelcomeServices }) {
  const { t, settings, save } = useOptions();
  const [saved, setSaved] = useState(false);
  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <LanguageChoice />
      <h2>{t('welcomeWhat')}</h2>
      <p>{t('welcomeDoes')}</p>
      <p>{t('welcomeDoesNot')}</p>
      <HostAccess services={services} />
      <JurisdictionQuestions />
      <p class="actions">
        <button
          type="button"
          onClick={() =>
            void save((draft) => {
              // Keeping the defaults is an answer too: the page stops asking.
              draft.jurisdictions = { ...settings.jurisdictions, answered: true };
            }).then(setSaved)
          }
        >
          {t('welcomeSave')}
        </button>
        <button type="button" onClick={services.openOptions}>
          {t('welcomeOpenSettings')}
        </button>
      </p>
      {saved ? <p role="status">{t('welcomeSaved')}</p> : null}
    </main>
  );
}

export function WelcomeApp(services: WelcomeServices) {
  return (
    <SettingsProvider services={services} titleKey="welcomeTitle">
      <WelcomePage services={services} />
    </SettingsProvider>
  );
}
