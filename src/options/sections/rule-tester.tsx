import { useState } from 'preact/hooks';
import { localize } from '../../core/i18n';
import { compileIndex } from '../../core/rules/compile';
import { webHostOf } from '../../core/rules/hosts';
import { classifyUrl } from '../../core/rules/match';
import { classifyPageSignals } from '../../core/signals/evaluate';
import { extractPageSignals } from '../../core/signals/extract';
import type { Verdict } from '../../core/verdict';
import { useOptions } from '../context';
import { useAllLists } from '../use-lists';

export function RuleTesterSection() {
  const { settings, t, language } = useOptions();
  const lists = useAllLists();
  const [url, setUrl] = useState('');
  const [html, setHtml] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState('');

  const run = (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    if (!webHostOf(address)) {
      setVerdict(null);
      return setError(t('testerInvalidUrl'));
    }
    setError('');
    // The same compiler and matcher the extension runs, on the lists and settings as they are now.
    const index = compileIndex(lists, settings);
    if (!html.trim()) return setVerdict(classifyUrl(index, address));
    // Parsed inertly: a DOMParser document runs no scripts and loads nothing.
    const document = new DOMParser().parseFromString(html, 'text/html');
    setVerdict(classifyPageSignals(index, address, extractPageSignals(document)));
  };

  return (
    <form onSubmit={run}>
      <p class="help">{t('testerHelp')}</p>
      <label class="field">
        {t('testerUrl')}
        <input type="url" name="tester-url" value={url} onInput={(event) => setUrl(event.currentTarget.value)} />
      </label>
      <label class="field">
        {t('testerHtml')}
        <textarea name="tester-html" rows={4} value={html} onInput={(event) => setHtml(event.currentTarget.value)} />
      </label>
      <button type="submit">{t('testerRun')}</button>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div aria-live="polite" data-tester-result>
        {verdict ? (
          verdict.flagged ? (
            <>
              <p>
                <strong>
                  {t('testerFlagged', { organizations: verdict.matches.map((match) => localize(match.organization, language)).join(', ') })}
                </strong>
              </p>
              <h3>{t('testerEvidence')}</h3>
              <ul>
                {verdict.evidence.map((evidence, index) => (
                  <li key={index}>
                    <code>{evidence.kind}</code>: {evidence.detail} ({evidence.listId}/{evidence.entryId})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('testerNotFlagged')}</p>
          )
        ) : null}
      </div>
    </form>
  );
}
