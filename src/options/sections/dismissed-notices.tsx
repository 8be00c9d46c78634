import { useState } from 'preact/hooks';
import { localize } from '../../core/i18n';
import { useOptions } from '../context';
import { useAllLists } from '../use-lists';

type Dismissal = { kind: 'organization' | 'account' | 'paused-account'; key: string; index: number };

const FIELDS = {
  organization: 'dismissedOrganizations',
  account: 'dismissedAccounts',
  'paused-account': 'pausedAccounts',
} as const;

/**
 * The notices the reader dismissed for good, per organization and per platform account, and the
 * accounts where the reader paused the extension, each of which can be undone (with an undo of
 * that one step).
 */
export function DismissedNotices() {
  const { settings, save, t, language } = useOptions();
  const lists = useAllLists();
  const [removed, setRemoved] = useState<Dismissal | null>(null);

  const nameOf = (dismissal: Pick<Dismissal, 'kind' | 'key'>): string => {
    if (dismissal.kind !== 'organization') return dismissal.key;
    const [listId, entryId] = dismissal.key.split('/');
    const entry = lists.find((list) => list.id === listId)?.entries.find((candidate) => candidate.id === entryId);
    return entry ? localize(entry.names, language) : dismissal.key;
  };
  const fieldOf = (kind: Dismissal['kind']) => FIELDS[kind];

  const remove = async (dismissal: Dismissal) => {
    const saved = await save((draft) => {
      draft[fieldOf(dismissal.kind)] = draft[fieldOf(dismissal.kind)].filter((key) => key !== dismissal.key);
    });
    if (saved) setRemoved(dismissal);
  };
  const undo = async () => {
    if (!removed) return;
    const saved = await save((draft) => {
      const keys = draft[fieldOf(removed.kind)];
      if (!keys.includes(removed.key)) keys.splice(removed.index, 0, removed.key);
    });
    if (saved) setRemoved(null);
  };

  const dismissals: Dismissal[] = [
    ...settings.dismissedOrganizations.map((key, index) => ({ kind: 'organization' as const, key, index })),
    ...settings.dismissedAccounts.map((key, index) => ({ kind: 'account' as const, key, index })),
    ...settings.pausedAccounts.map((key, index) => ({ kind: 'paused-account' as const, key, index })),
  ];
  const tagOf = (kind: Dismissal['kind']) =>
    t(kind === 'organization' ? 'dismissedOrganization' : kind === 'account' ? 'dismissedAccount' : 'dismissedPausedAccount');
  if (dismissals.length === 0 && !removed) return null;
  return (
    <>
      <h3>{t('dismissedTitle')}</h3>
      <ul class="rows">
        {dismissals.map((dismissal) => (
          <li key={`${dismissal.kind}-${dismissal.key}`}>
            <span>
              {nameOf(dismissal)} <span class="tag">{tagOf(dismissal.kind)}</span>
            </span>
            <button type="button" onClick={() => void remove(dismissal)}>
              {dismissal.kind === 'paused-account'
                ? t('exceptionRemove', { host: nameOf(dismissal) })
                : t('dismissedShowAgain', { name: nameOf(dismissal) })}
            </button>
          </li>
        ))}
      </ul>
      {removed ? (
        <p role="status" class="undo">
          {removed.kind === 'paused-account'
            ? t('exceptionRemoved', { host: nameOf(removed) })
            : t('dismissedShownAgain', { name: nameOf(removed) })}{' '}
          <button type="button" onClick={() => void undo()}>
            {t('undo')}
          </button>
        </p>
      ) : null}
    </>
  );
}
