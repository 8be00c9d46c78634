import { useState } from 'preact/hooks';
import { hostnameFromInput } from '../../core/rules/hosts';
import { dayOf } from '../../core/settings/day';
import type { Settings } from '../../core/settings/defaults';
import { useOptions } from '../context';
import { DismissedNotices } from './dismissed-notices';
import { RemoveTraces } from './remove-traces';

type SiteException = Settings['siteExceptions'][number];
type ActException = Settings['actExceptions'][number];
type Removed = { kind: 'site'; item: SiteException; index: number } | { kind: 'act'; item: ActException; index: number };

export function SiteExceptionsSection() {
  const { settings, save, t } = useOptions();
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [host, setHost] = useState('');
  const [error, setError] = useState('');

  const removeSite = async (item: SiteException, index: number) => {
    const saved = await save((draft) => {
      draft.siteExceptions = draft.siteExceptions.filter((candidate) => !(candidate.host === item.host && candidate.kind === item.kind));
    });
    if (saved) setRemoved({ kind: 'site', item, index });
  };
  const removeAct = async (item: ActException, index: number) => {
    const saved = await save((draft) => {
      draft.actExceptions = draft.actExceptions.filter((candidate) => !(candidate.host === item.host && candidate.act === item.act));
    });
    if (saved) setRemoved({ kind: 'act', item, index });
  };
  const undo = async () => {
    if (!removed) return;
    const saved = await save((draft) => {
      if (removed.kind === 'site') draft.siteExceptions.splice(removed.index, 0, removed.item);
      else draft.actExceptions.splice(removed.index, 0, removed.item);
    });
    if (saved) setRemoved(null);
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const normalized = hostnameFromInput(host);
    if (!normalized) return setError(t('exceptionInvalidHost'));
    const saved = await save((draft) => {
      if (draft.siteExceptions.some((item) => item.host === normalized && item.kind === 'paused')) return;
      draft.siteExceptions.push({ host: normalized, kind: 'paused', addedAt: dayOf(new Date()) });
    });
    if (saved) {
      setHost('');
      setError('');
    }
  };

  return (
    <>
      {settings.siteExceptions.length === 0 ? <p class="help">{t('exceptionsNone')}</p> : null}
      <ul class="rows">
        {settings.siteExceptions.map((item, index) => (
          <li key={`${item.host}-${item.kind}`}>
            <span>
              {item.host} <span class="tag">{t(item.kind === 'paused' ? 'exceptionPaused' : 'exceptionDismissed')}</span>
            </span>
            <button type="button" onClick={() => void removeSite(item, index)}>
              {t('exceptionRemove', { host: item.host })}
            </button>
          </li>
        ))}
      </ul>
      {removed ? (
        <p role="status" class="undo">
          {t('exceptionRemoved', { host: removed.item.host })}{' '}
          <button type="button" onClick={() => void undo()}>
            {t('undo')}
          </button>
        </p>
      ) : null}
      <form onSubmit={(event) => void add(event)}>
        <label class="field">
          {t('exceptionAddHost')}
          <input name="host" value={host} onInput={(event) => setHost(event.currentTarget.value)} />
        </label>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit">{t('exceptionAdd')}</button>
      </form>
      <DismissedNotices />
      {settings.actExceptions.length > 0 ? (
        <>
          <h3>{t('actExceptionsTitle')}</h3>
          <ul class="rows">
            {settings.actExceptions.map((item, index) => (
              <li key={`${item.host}-${item.act}`}>
                <span>
                  {item.host} <span class="tag">{t(`act_${item.act}`)}</span>
                </span>
                <button type="button" onClick={() => void removeAct(item, index)}>
                  {t('exceptionRemove', { host: `${item.host} (${t(`act_${item.act}`)})` })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <RemoveTraces />
    </>
  );
}
