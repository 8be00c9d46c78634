import { useState } from 'preact/hooks';
import { describeImportIssue, exportSettings, importSettings, type ImportIssue } from '../../core/settings/import-export';
import { useOptions } from '../context';

export function ImportExportSection() {
  const { settings, save, t } = useOptions();
  const [issues, setIssues] = useState<ImportIssue[]>([]);
  const [done, setDone] = useState(false);
  const [unreadable, setUnreadable] = useState<string | null>(null);

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `regional-legal-warnings-settings-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setDone(false);
    setIssues([]);
    setUnreadable(null);
    try {
      const result = importSettings(await file.text(), settings);
      if (!result.ok) return setIssues(result.issues);
      // The whole imported object replaces the settings in one validated write.
      if (await save(() => result.settings)) setDone(true);
    } catch (error) {
      // Whatever went wrong, nothing was written before it: say so instead of failing silently.
      setUnreadable(error instanceof Error ? error.message : String(error));
    } finally {
      input.value = '';
    }
  };

  return (
    <>
      <p class="help">{t('importExportHelp')}</p>
      <p>
        <button type="button" onClick={download}>
          {t('exportButton')}
        </button>
      </p>
      <label class="field">
        {t('importLabel')}
        <input type="file" accept="application/json,.json" onChange={(event) => void load(event.currentTarget)} />
      </label>
      {done ? <p role="status">{t('importDone')}</p> : null}
      {unreadable !== null ? (
        <p role="alert" class="error" data-import-unreadable>
          {t('importUnreadable', { error: unreadable })}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <div role="alert" class="error" data-import-errors>
          <p>{t('importFailed', { count: issues.length })}</p>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>
                <code>{describeImportIssue(issue)}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
