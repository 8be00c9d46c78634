import { LANGUAGES, type Language } from '../../core/i18n';
import type { Settings } from '../../core/settings/defaults';
import { useOptions } from '../context';
import type { StringKey } from '../strings';

/** Language names in their own language, so everyone finds theirs. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', uk: 'Українська', be: 'Беларуская' };

const JURISDICTIONS: { key: 'russia' | 'russianPassport' | 'belarus'; label: StringKey }[] = [
  { key: 'russia', label: 'jurisdictionRussia' },
  { key: 'russianPassport', label: 'jurisdictionPassport' },
  { key: 'belarus', label: 'jurisdictionBelarus' },
];

const NOTICE_MODES: { value: Settings['noticeMode']; label: StringKey }[] = [
  { value: 'per-list', label: 'noticeModePerList' },
  { value: 'banner', label: 'noticeModeBanner' },
  { value: 'interstitial', label: 'noticeModeInterstitial' },
];

const SWITCHES: { key: 'lowVisibility' | 'markLinks' | 'guardOutboundLinks'; label: StringKey }[] = [
  { key: 'lowVisibility', label: 'lowVisibility' },
  { key: 'markLinks', label: 'markLinks' },
  { key: 'guardOutboundLinks', label: 'guardOutboundLinks' },
];

/** The questions of the welcome page, also used there. */
export function JurisdictionQuestions() {
  const { settings, save, t } = useOptions();
  return (
    <>
      <fieldset>
        <legend>{t('jurisdictionsTitle')}</legend>
        <p class="help">{t('jurisdictionsHelp')}</p>
        {JURISDICTIONS.map(({ key, label }) => (
          <label key={key} class="choice">
            <input
              type="checkbox"
              checked={settings.jurisdictions[key]}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                void save((draft) => {
                  draft.jurisdictions[key] = checked;
                  draft.jurisdictions.answered = true;
                });
              }}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('noticeModeTitle')}</legend>
        {NOTICE_MODES.map(({ value, label }) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="notice-mode"
              value={value}
              checked={settings.noticeMode === value}
              onChange={() => void save((draft) => void (draft.noticeMode = value))}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
    </>
  );
}

export function LanguageChoice() {
  const { settings, save, t } = useOptions();
  return (
    <p>
      <label>
        {t('language')}{' '}
        <select
          value={settings.language}
          onChange={(event) => {
            const value = event.currentTarget.value as Settings['language'];
            void save((draft) => void (draft.language = value));
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}

export function JurisdictionsSection() {
  const { settings, save, t } = useOptions();
  return (
    <>
      <LanguageChoice />
      <JurisdictionQuestions />
      {SWITCHES.map(({ key, label }) => (
        <label key={key} class="choice">
          <input
            type="checkbox"
            checked={settings[key]}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              void save((draft) => void (draft[key] = checked));
            }}
          />
          {t(label)}
        </label>
      ))}
    </>
  );
}
