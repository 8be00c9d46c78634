import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Language } from '../../core/i18n';
import { buildNoticeModel } from '../../core/notice/model';
import { NOTICE_TEXT_DEFINITIONS, noticeTextsFor, type NoticeTextKey } from '../../core/notice/texts';
import { compileIndex } from '../../core/rules/compile';
import { classifyUrl } from '../../core/rules/match';
import type { RuleList } from '../../core/rules/schema';
import type { Settings } from '../../core/settings/defaults';
import type { Verdict } from '../../core/verdict';
import { renderNotice } from '../../content/notice/render';
import { useOptions } from '../context';
import { LANGUAGE_NAMES } from './jurisdictions';

/** A real verdict for the first organization of the first list, so the preview shows real data. */
function sampleVerdict(lists: readonly RuleList[], settings: Settings): Verdict | null {
  const list = lists.find((candidate) => candidate.entries.some((entry) => entry.domains?.length));
  const domain = list?.entries.find((entry) => entry.domains?.length)?.domains?.[0];
  if (!list || !domain) return null;
  const index = compileIndex([list], {
    ...settings,
    userRules: { ...settings.userRules, enabledLists: [list.id], disabledLists: [], disabledEntries: [] },
  });
  const verdict = classifyUrl(index, `https://${domain}/`);
  return verdict.flagged ? verdict : null;
}

/** The notice as the content script draws it, with the texts being edited. */
function NoticePreview({ texts, language }: { texts: Settings['texts']; language: Language }) {
  const { bundledLists, settings, t } = useOptions();
  const host = useRef<HTMLDivElement>(null);
  const verdict = useMemo(() => sampleVerdict(bundledLists, settings), [bundledLists, settings.userRules]);
  useEffect(() => {
    const element = host.current;
    if (!element || !verdict) return;
    // Its own shadow root keeps the notice's styles and the page's apart, as on a website.
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const controller = new AbortController();
    // The same resolution the background does for a real page.
    const resolved = noticeTextsFor(verdict, language, texts);
    renderNotice(root, buildNoticeModel(verdict, resolved, language, 'banner'), { onDismiss: () => undefined }, controller.signal);
    return () => controller.abort();
  }, [verdict, texts, language]);
  return (
    <figure class="preview">
      <figcaption>{t('textsPreview')}</figcaption>
      <div ref={host} lang={language} data-notice-preview />
    </figure>
  );
}

function TextField({ textKey, language, value, edited, onDraft }: {
  textKey: NoticeTextKey;
  language: Language;
  value: string;
  edited: boolean;
  onDraft(value: string | undefined): void;
}) {
  const { save, t } = useOptions();
  const definition = NOTICE_TEXT_DEFINITIONS.find((candidate) => candidate.key === textKey)!;
  const id = `text-${textKey.replace(/\W/g, '-')}`;
  const commit = (text: string | undefined) =>
    save((draft) => {
      const current = { ...draft.texts[textKey] };
      if (text === undefined || text === definition.defaults[language]) delete current[language];
      else current[language] = text;
      if (Object.keys(current).length === 0) delete draft.texts[textKey];
      else draft.texts[textKey] = current;
    });
  return (
    <div class="text-field">
      <label for={id}>
        <code>{textKey}</code> {edited ? <span class="tag">{t('textsEdited')}</span> : null}
      </label>
      <textarea
        id={id}
        lang={language}
        rows={2}
        value={value}
        aria-describedby={`${id}-help`}
        onInput={(event) => onDraft(event.currentTarget.value)}
        onChange={(event) => void commit(event.currentTarget.value)}
      />
      <p id={`${id}-help`} class="help">
        {definition.placeholders.length ? `${t('textsHelp')} ${definition.placeholders.map((name) => `{${name}}`).join(' ')}` : ''}
      </p>
      <button
        type="button"
        disabled={!edited}
        onClick={() => {
          onDraft(undefined);
          void commit(undefined);
        }}
      >
        {t('textsReset')}
        <span class="sr-only"> ({textKey})</span>
      </button>
    </div>
  );
}

export function TextsSection() {
  const { settings, t, language: pageLanguage } = useOptions();
  const [language, setLanguage] = useState<Language>(pageLanguage);
  // Unsaved keystrokes, so the preview follows typing; saved on change (leaving the field).
  const [drafts, setDrafts] = useState<Partial<Record<NoticeTextKey, string | undefined>>>({});
  useEffect(() => setDrafts({}), [settings.texts, language]);

  const texts: Settings['texts'] = structuredClone(settings.texts);
  for (const [key, value] of Object.entries(drafts)) {
    const current = { ...texts[key] };
    if (value === undefined) delete current[language];
    else current[language] = value;
    texts[key] = current;
  }

  return (
    <>
      <label class="field">
        {t('textsLanguage')}
        <select value={language} onChange={(event) => setLanguage(event.currentTarget.value as Language)}>
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </select>
      </label>
      <NoticePreview texts={texts} language={language} />
      {NOTICE_TEXT_DEFINITIONS.map(({ key, defaults }) => {
        const stored = settings.texts[key]?.[language];
        return (
          <TextField
            key={`${key}-${language}`}
            textKey={key}
            language={language}
            value={texts[key]?.[language] ?? defaults[language]}
            edited={stored !== undefined || drafts[key] !== undefined}
            onDraft={(value) => setDrafts((current) => ({ ...current, [key]: value }))}
          />
        );
      })}
    </>
  );
}
