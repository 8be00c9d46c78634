import { useState } from 'preact/hooks';
import { localize } from '../../core/i18n';
import { isListActive } from '../../core/rules/compile';
import { isStaleBundledList } from '../../core/rules/freshness';
import type { RuleList } from '../../core/rules/schema';
import type { Settings } from '../../core/settings/defaults';
import { dayOf } from '../../core/settings/day';
import { isAllowedListUrl, type SubscriptionCopy } from '../../core/settings/subscription-copy';
import { useOptions } from '../context';
import { useSubscriptionCopies } from '../use-lists';

function setListActive(draft: Settings, list: RuleList, active: boolean) {
  const rules = draft.userRules;
  rules.disabledLists = rules.disabledLists.filter((id) => id !== list.id);
  rules.enabledLists = rules.enabledLists.filter((id) => id !== list.id);
  if (active !== isListActive(list, draft)) (active ? rules.enabledLists : rules.disabledLists).push(list.id);
}

function formatDate(iso: string | undefined, language: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: iso.length > 10 ? 'short' : undefined });
}

function ListSummary({ list }: { list: RuleList }) {
  const { t, language } = useOptions();
  return (
    <p class="help">
      {t('listDetails', {
        date: new Date(`${list.version}T00:00:00Z`).toLocaleDateString(language, { dateStyle: 'long', timeZone: 'UTC' }),
        count: list.entries.length,
        source: [...new Set(list.sources.map((source) => source.publisher))].join(', '),
      })}
      {' · '}
      {localize(list.authority, language)}
    </p>
  );
}

function BundledList({ list, subscribed }: { list: RuleList; subscribed: readonly RuleList[] }) {
  const { settings, save, t, language, now } = useOptions();
  const active = isListActive(list, settings);
  return (
    <li>
      <label class="choice">
        <input
          type="checkbox"
          checked={active}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            void save((draft) => setListActive(draft, list, checked));
          }}
        />
        <span>
          <strong>{localize(list.title, language)}</strong> <span class="tag">{t('listBundled')}</span>
        </span>
      </label>
      <ListSummary list={list} />
      {active && isStaleBundledList(list, subscribed, now()) ? (
        <p class="hint" data-stale-list>
          {t('listStale')}
        </p>
      ) : null}
    </li>
  );
}

function SubscribedList({ subscription, copy }: { subscription: Settings['subscriptions'][number]; copy: SubscriptionCopy | undefined }) {
  const { save, t, language, refreshSubscription } = useOptions();
  const title = copy?.list ? localize(copy.list.title, language) : subscription.url;
  return (
    <li>
      <label class="choice">
        <input
          type="checkbox"
          checked={subscription.enabled}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            void save((draft) => {
              const target = draft.subscriptions.find((candidate) => candidate.url === subscription.url);
              if (target) target.enabled = checked;
            });
          }}
        />
        <span>
          <strong>{title}</strong> <span class="tag">{t('listSubscribed')}</span>
        </span>
      </label>
      <p class="help url">{subscription.url}</p>
      {copy?.list ? <ListSummary list={copy.list} /> : null}
      <p class="help">{copy?.fetchedAt ? t('listFetched', { date: formatDate(copy.fetchedAt, language) }) : t('listNotFetched')}</p>
      {copy?.error ? (
        <p class="error" data-subscription-error>
          {t('listError', { error: copy.error })}
          {copy.list && copy.fetchedAt ? ` ${t('listKeptCopy', { date: formatDate(copy.fetchedAt, language) })}` : ''}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" onClick={() => void refreshSubscription(subscription.url)}>
          {t('refreshNow')}
        </button>
        <button
          type="button"
          onClick={() => void save((draft) => void (draft.subscriptions = draft.subscriptions.filter((candidate) => candidate.url !== subscription.url)))}
        >
          {t('unsubscribe')}
        </button>
      </div>
    </li>
  );
}

function SubscribeForm() {
  const { settings, save, t, requestOrigin, refreshSubscription } = useOptions();
  const [url, setUrl] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    const sha256 = pin.trim().toLowerCase();
    if (!isAllowedListUrl(address)) return setError(t('invalidUrl'));
    if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) return setError(t('invalidPin'));
    if (settings.subscriptions.some((subscription) => subscription.url === address)) return setError(t('alreadySubscribed'));
    const origin = new URL(address).origin;
    // The permission prompt needs this click; ask before anything else is awaited.
    if (!(await requestOrigin(origin))) return setError(t('permissionDenied', { origin }));
    const saved = await save((draft) => {
      draft.subscriptions.push({ url: address, enabled: true, addedAt: dayOf(new Date()), ...(sha256 ? { sha256 } : {}) });
    });
    if (!saved) return;
    setError('');
    setUrl('');
    setPin('');
    await refreshSubscription(address);
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="subscribe-title">
      <h3 id="subscribe-title">{t('subscribeTitle')}</h3>
      <p class="help">{t('subscribeHelp')}</p>
      <label class="field">
        {t('subscribeUrl')}
        <input type="url" name="url" required value={url} onInput={(event) => setUrl(event.currentTarget.value)} />
      </label>
      <label class="field">
        {t('subscribePin')}
        <input type="text" name="sha256" spellcheck={false} value={pin} onInput={(event) => setPin(event.currentTarget.value)} />
      </label>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit">{t('subscribeAdd')}</button>
    </form>
  );
}

export function ListsSection() {
  const { bundledLists, settings } = useOptions();
  const copies = useSubscriptionCopies();
  const subscribed = copies.flatMap((copy) =>
    copy.list && settings.subscriptions.some((item) => item.url === copy.url && item.enabled) ? [copy.list] : [],
  );
  return (
    <>
      <ul class="cards">
        {bundledLists.map((list) => (
          <BundledList key={list.id} list={list} subscribed={subscribed} />
        ))}
        {settings.subscriptions.map((subscription) => (
          <SubscribedList
            key={subscription.url}
            subscription={subscription}
            copy={copies.find((copy) => copy.url === subscription.url)}
          />
        ))}
      </ul>
      <SubscribeForm />
    </>
  );
}
