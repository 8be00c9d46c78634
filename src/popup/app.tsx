import { useEffect, useState } from 'preact/hooks';
import { localize, pickLanguage, type Language } from '../core/i18n';
import type { Settings } from '../core/settings/defaults';
import type { SubscriptionCopy } from '../core/settings/subscription-copy';
import { isPausedFor, pausableAccounts, tabRecordOf, tabStatus, withPageFlaggedPaused, withPageResumed, type TabMatch, type TabRecord } from '../core/tab-state';
import { readSubscriptionCopies } from '../platform/subscription-store';
import { activeListAges, daysAgo, formatDate, type ListAge } from './list-ages';
import type { PopupServices, PopupSubject } from './services';
import { evidenceKey, translator, type Translate } from './strings';

/** What the popup found out about its subject. */
type Finding =
  | { kind: 'loading' }
  /** Not a web page (the browser's own pages, files): the extension does not run there. */
  | { kind: 'unchecked' }
  | { kind: 'checked'; tabId?: number; record: TabRecord };

async function find(subject: PopupSubject, services: PopupServices): Promise<Finding> {
  if (subject.kind === 'link') {
    const record = tabRecordOf(subject.url, await services.classify(subject.url));
    return record ? { kind: 'checked', record } : { kind: 'unchecked' };
  }
  const tab = await services.findTab(subject.tabId);
  if (!tab?.url) return { kind: 'unchecked' };
  const recorded = await services.tabStatus(tab.id);
  const record = recorded ?? tabRecordOf(tab.url, await services.classify(tab.url));
  return record ? { kind: 'checked', tabId: tab.id, record } : { kind: 'unchecked' };
}

/**
 * What rests on third-party lists only: each unverified account by its address, and the entry
 * itself where another kind of evidence (its domain, the page's signals) found it.
 */
function unverifiedNotes(match: TabMatch, evidence: readonly TabRecord['evidence'][number][], t: Translate): string[] {
  const notes = evidence.filter((item) => item.kind === 'account' && item.unverified).map((item) => t('unverifiedAccount', { detail: item.detail }));
  const foundOtherwise = evidence.length === 0 || evidence.some((item) => item.kind !== 'account');
  if (match.verified === false && foundOtherwise) notes.push(t('unverified'));
  return notes;
}

function MatchDetails({ match, record, t, language }: { match: TabMatch; record: TabRecord; t: Translate; language: Language }) {
  const evidence = record.evidence.filter((item) => item.listId === match.listId && item.entryId === match.entryId);
  return (
    <li class="match">
      <dl>
        <dt>{t('organization')}</dt>
        <dd lang={language}>{localize(match.organization, language)}</dd>
        {match.listTitle && (
          <>
            <dt>{t('list')}</dt>
            <dd>{localize(match.listTitle, language)}</dd>
          </>
        )}
        {match.listedOn && (
          <>
            <dt>{t('listedOn')}</dt>
            <dd>{formatDate(match.listedOn, language)}</dd>
          </>
        )}
        {!match.listedOn && match.decidedOn && (
          <>
            <dt>{t('decidedOn')}</dt>
            <dd>{formatDate(match.decidedOn, language)}</dd>
          </>
        )}
        {evidence.length > 0 && (
          <>
            <dt>{t('why')}</dt>
            {evidence.map((item) => (
              <dd key={`${item.kind}|${item.detail}`}>{t(evidenceKey(item.kind), { detail: item.detail })}</dd>
            ))}
          </>
        )}
      </dl>
      {unverifiedNotes(match, evidence, t).map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
    </li>
  );
}

/** The lists the matches come from, by their own titles: each names its legal regime. */
function matchedLists(record: TabRecord, language: Language): string {
  const titles = record.matches.map((match) => (match.listTitle ? localize(match.listTitle, language) : match.listId));
  return [...new Set(titles)].join('; ');
}

function statusText(finding: Finding, subject: PopupSubject, settings: Settings, t: Translate, language: Language): string {
  if (finding.kind === 'loading') return t('loading');
  if (finding.kind === 'unchecked') return t('unchecked');
  const link = subject.kind === 'link';
  const list = matchedLists(finding.record, language);
  switch (tabStatus(finding.record, settings)) {
    case 'flagged':
      return t(link ? 'linkFlagged' : 'flagged', { list });
    case 'paused':
      if (link) return t('linkFlagged', { list });
      return t(pausableAccounts(finding.record.evidence).length > 0 ? 'pausedAccount' : 'paused', { list });
    case 'clear':
      return link ? t('linkClear') : t('clear', { host: finding.record.host });
  }
}

function ListAges({ ages, now, t, language }: { ages: ListAge[]; now: Date; t: Translate; language: Language }) {
  return (
    <section aria-labelledby="lists-heading">
      <h2 id="lists-heading">{t('listsHeading')}</h2>
      {ages.length === 0 ? (
        <p>{t('listsNone')}</p>
      ) : (
        <ul class="lists">
          {ages.map((age) => (
            <li key={age.id}>
              <span class="list-title">{localize(age.title, language)}</span>
              {': '}
              <span class="list-age">
                {age.kind === 'bundled'
                  ? t('listBundled', { date: formatDate(age.version, language) })
                  : age.fetchedAt
                    ? t('listUpdated', { when: daysAgo(age.fetchedAt, now, language) })
                    : t('listNotFetched')}
              </span>
              {age.kind === 'bundled' && age.stale ? <p class="hint">{t('listStale')}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Popup({ services, subject }: { services: PopupServices; subject: PopupSubject }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [finding, setFinding] = useState<Finding>({ kind: 'loading' });
  const [copies, setCopies] = useState<SubscriptionCopy[]>([]);
  const [message, setMessage] = useState('');
  /** Pausing turns the warnings off on a flagged site: it is said what stops, and confirmed. */
  const [confirmingPause, setConfirmingPause] = useState(false);
  /** Removing all traces deletes what cannot be undone: confirmed first. */
  const [confirmingTraces, setConfirmingTraces] = useState(false);

  useEffect(() => {
    void services.store.loadSettings().then(setSettings);
    void find(subject, services).then(setFinding);
    return services.store.onSettingsChanged(setSettings);
  }, [services, subject]);

  useEffect(() => {
    if (settings) void readSubscriptionCopies(settings, services.storage).then(setCopies);
  }, [settings, services]);

  const language = pickLanguage(services.preferredLanguages, settings?.language ?? 'auto');
  const t = translator(language);
  const title = t(subject.kind === 'link' ? 'linkTitle' : 'appName');
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);

  if (!settings) return <main aria-busy="true" />;

  const record = finding.kind === 'checked' ? finding.record : undefined;
  const status = tabStatus(record, settings);
  const tabId = finding.kind === 'checked' ? finding.tabId : undefined;
  const host = record?.host;
  const evidence = record?.evidence ?? [];
  const paused = host !== undefined && isPausedFor(host, evidence, settings);
  /** On a platform's page flagged by its accounts, the pause is for those accounts, never the whole platform. */
  const forAccount = pausableAccounts(evidence).length > 0;

  async function togglePause() {
    if (host === undefined) return;
    setMessage('');
    await services.store.updateSettings((current) => (paused
      ? withPageResumed(current, host, evidence)
      : withPageFlaggedPaused(current, host, evidence, services.now())));
  }

  async function removeTraces() {
    setConfirmingTraces(false);
    const removed = await services.removeTraces();
    setMessage(t('tracesDone', { paused: String(removed.paused), dismissed: String(removed.dismissed), acts: String(removed.allowedActs) }));
  }

  async function showNotice() {
    if (tabId === undefined || host === undefined) return;
    setMessage((await services.showNotice(tabId, host)) ? '' : t('showNoticeFailed'));
  }

  return (
    <main class={`popup status-${status}`}>
      <h1>{title}</h1>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t(subject.kind === 'link' ? 'linkStatusHeading' : 'statusHeading')}</h2>
        {subject.kind === 'link' && <p class="address">{subject.url}</p>}
        <p class="status" aria-live="polite">{statusText(finding, subject, settings, t, language)}</p>
        {record && record.matches.length > 0 && (
          <ul class="matches">
            {record.matches.map((match) => (
              <MatchDetails key={`${match.listId}/${match.entryId}`} match={match} record={record} t={t} language={language} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('actions')}</h2>
        <div class="actions">
          {tabId !== undefined && status === 'flagged' && (
            <button type="button" onClick={() => void showNotice()}>
              {t('showNotice')}
            </button>
          )}
          {tabId !== undefined && (status !== 'clear' || paused) && !confirmingPause && (
            <button type="button" onClick={() => (paused ? void togglePause() : setConfirmingPause(true))}>
              {t(forAccount ? (paused ? 'resumeAccount' : 'pauseAccount') : (paused ? 'resume' : 'pause'))}
            </button>
          )}
          <button type="button" onClick={() => services.openOptions()}>
            {t('openOptions')}
          </button>
        </div>
        {confirmingPause && !paused && (
          <div class="confirm-pause" role="group" aria-labelledby="pause-explain">
            <p id="pause-explain">{t(forAccount ? 'pauseAccountExplain' : 'pauseExplain')}</p>
            <div class="actions">
              <button type="button" onClick={() => setConfirmingPause(false)}>{t('cancel')}</button>
              <button type="button" onClick={() => { setConfirmingPause(false); void togglePause(); }}>{t('pauseConfirm')}</button>
            </div>
          </div>
        )}
        {subject.kind === 'link' ? null : confirmingTraces ? (
          <div class="confirm-traces" role="group" aria-labelledby="traces-explain">
            <p id="traces-explain">{t('tracesHelp')} {t('tracesConfirm')}</p>
            <div class="actions">
              <button type="button" onClick={() => setConfirmingTraces(false)}>{t('tracesCancel')}</button>
              <button type="button" onClick={() => void removeTraces()}>{t('tracesConfirmButton')}</button>
            </div>
          </div>
        ) : (
          <button type="button" class="traces" onClick={() => { setMessage(''); setConfirmingTraces(true); }}>{t('tracesRemove')}</button>
        )}
        <p role="status" class="message">{message}</p>
      </section>
      <ListAges ages={activeListAges(services.bundledLists, copies, settings, services.now())} now={services.now()} t={t} language={language} />
    </main>
  );
}
