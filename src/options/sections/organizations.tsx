import { useState } from 'preact/hooks';
import { localize } from '../../core/i18n';
import { hostnameFromInput } from '../../core/rules/hosts';
import { normalizeName } from '../../core/rules/names';
import { parseUserEntries, type RuleEntry, type RuleList } from '../../core/rules/schema';
import { USER_LIST_ID } from '../../core/rules/user-list';
import { useOptions } from '../context';
import { useAllLists } from '../use-lists';

/** More than this many matches are not drawn at once: the search narrows them. */
const MAX_SHOWN = 100;

function matchesQuery(entry: RuleEntry, query: string): boolean {
  if (!query) return true;
  const haystack = [
    ...Object.values(entry.names),
    ...(entry.aliases ?? []),
    ...(entry.domains ?? []),
    ...(entry.accounts ?? []).map((account) => account.host + account.path),
  ];
  return haystack.some((value) => normalizeName(value).includes(query) || value.toLowerCase().includes(query));
}

function EntryRow({ list, entry }: { list: RuleList; entry: RuleEntry }) {
  const { settings, save, t, language } = useOptions();
  const key = `${list.id}/${entry.id}`;
  const name = localize(entry.names, language);
  const enabled = !settings.userRules.disabledEntries.includes(key);
  return (
    <li data-entry={key}>
      <label class="choice">
        <input
          type="checkbox"
          checked={enabled}
          aria-label={t('organizationWarn', { name })}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            void save((draft) => {
              const rest = draft.userRules.disabledEntries.filter((candidate) => candidate !== key);
              draft.userRules.disabledEntries = checked ? rest : [...rest, key];
            });
          }}
        />
        <span>
          <strong>{name}</strong> <span class="tag">{localize(list.title, language)}</span>
        </span>
      </label>
      {entry.domains?.length ? <p class="help">{entry.domains.join(', ')}</p> : null}
      <details>
        <summary>{t('organizationSources')}</summary>
        <ul>
          {entry.sources.map((source, index) => (
            <li key={index}>
              {source.publisher}
              {source.title ? `: ${source.title}` : ''}
              {source.date ? ` (${source.date})` : ''}
              {source.url ? (
                <>
                  {' '}
                  <a href={source.url} target="_blank" rel="noreferrer noopener">
                    {source.url}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** Turns the form's fields into a rule entry; accounts are given as addresses (https://t.me/x). */
export function entryFromForm(fields: { name: string; domains: string; accounts: string; siteNames: string; source: string }, existing: readonly string[]): unknown {
  const base = normalizeName(fields.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'entry';
  let id = base;
  for (let suffix = 2; existing.includes(id); suffix++) id = `${base}-${suffix}`;
  const accounts = lines(fields.accounts).map((line) => {
    try {
      const url = new URL(/^https?:\/\//.test(line) ? line : `https://${line}`);
      return { host: url.hostname.replace(/^www\./, ''), path: url.pathname.toLowerCase().replace(/\/+$/, '') };
    } catch {
      return { host: line, path: '' };
    }
  });
  const domains = lines(fields.domains).map((line) => hostnameFromInput(line) ?? line);
  const siteNames = lines(fields.siteNames);
  return {
    id,
    names: { en: fields.name.trim() },
    ...(domains.length ? { domains } : {}),
    ...(accounts.length ? { accounts } : {}),
    ...(siteNames.length ? { signals: { siteNames } } : {}),
    sources: [{ publisher: fields.source.trim() || 'You' }],
    verified: false,
  };
}

function OwnEntryForm() {
  const { settings, save, t } = useOptions();
  const empty = { name: '', domains: '', accounts: '', siteNames: '', source: '' };
  const [fields, setFields] = useState(empty);
  const [error, setError] = useState('');
  const field = (key: keyof typeof empty, label: string, multiline = false) => (
    <label class="field">
      {label}
      {multiline ? (
        <textarea name={key} rows={2} value={fields[key]} onInput={(event) => setFields({ ...fields, [key]: event.currentTarget.value })} />
      ) : (
        <input name={key} value={fields[key]} onInput={(event) => setFields({ ...fields, [key]: event.currentTarget.value })} />
      )}
    </label>
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!lines(fields.domains).length && !lines(fields.accounts).length && !lines(fields.siteNames).length) {
      return setError(t('ownNeedsSignal'));
    }
    const existingIds = settings.userRules.entries.map((entry) => (entry as { id?: string }).id ?? '');
    const candidate = entryFromForm(fields, existingIds);
    const parsed = parseUserEntries([candidate]);
    if (parsed.dropped.length > 0) return setError(t('ownInvalid', { error: parsed.dropped.join('; ').replace(/^entries\.0: /, '') }));
    if (await save((draft) => void draft.userRules.entries.push(parsed.entries[0]))) {
      setFields(empty);
      setError('');
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="own-add-title">
      <h3 id="own-add-title">{t('ownAdd')}</h3>
      {field('name', t('ownName'))}
      {field('domains', t('ownDomains'), true)}
      {field('accounts', t('ownAccounts'), true)}
      {field('siteNames', t('ownSiteNames'), true)}
      {field('source', t('ownSource'))}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit">{t('ownAddButton')}</button>
    </form>
  );
}

function OwnEntries() {
  const { settings, save, t } = useOptions();
  const { entries } = parseUserEntries(settings.userRules.entries);
  if (entries.length === 0) return null;
  return (
    <>
      <h3>{t('ownTitle')}</h3>
      <ul class="cards">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.names.en}</strong>
            <p class="help">{[...(entry.domains ?? []), ...(entry.accounts ?? []).map((a) => a.host + a.path), ...(entry.signals?.siteNames ?? [])].join(', ')}</p>
            <button
              type="button"
              onClick={() =>
                void save((draft) => {
                  draft.userRules.entries = draft.userRules.entries.filter((candidate) => (candidate as { id?: string }).id !== entry.id);
                })
              }
            >
              {t('ownRemove', { name: entry.names.en })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function OrganizationsSection() {
  const { t } = useOptions();
  const lists = useAllLists();
  const [query, setQuery] = useState('');
  const normalized = normalizeName(query.trim());
  const found = lists
    .filter((list) => list.id !== USER_LIST_ID)
    .flatMap((list) => list.entries.filter((entry) => matchesQuery(entry, normalized || query.trim().toLowerCase())).map((entry) => ({ list, entry })));
  return (
    <>
      <label class="field">
        {t('organizationsSearch')}
        <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </label>
      <p class="help" aria-live="polite">
        {found.length ? t('organizationsShown', { count: Math.min(found.length, MAX_SHOWN) }) : t('organizationsNone')}
      </p>
      <ul class="cards organizations">
        {found.slice(0, MAX_SHOWN).map(({ list, entry }) => (
          <EntryRow key={`${list.id}/${entry.id}`} list={list} entry={entry} />
        ))}
      </ul>
      <OwnEntries />
      <OwnEntryForm />
    </>
  );
}
