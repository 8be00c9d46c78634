import { useState } from 'preact/hooks';
import { useOptions } from '../context';

/** "Remove all traces": confirmed first, then says what it removed. */
export function RemoveTraces() {
  const { removeTraces, t } = useOptions();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');

  const remove = async () => {
    setConfirming(false);
    const removed = await removeTraces();
    setDone(t('tracesDone', { paused: String(removed.paused), dismissed: String(removed.dismissed), acts: String(removed.allowedActs) }));
  };

  return (
    <div class="remove-traces" role="group" aria-labelledby="traces-title">
      <h3 id="traces-title">{t('tracesTitle')}</h3>
      <p class="help">{t('tracesHelp')}</p>
      {confirming ? (
        <div role="group" aria-labelledby="traces-confirm">
          <p id="traces-confirm">{t('tracesConfirm')}</p>
          <button type="button" onClick={() => setConfirming(false)}>{t('tracesCancel')}</button>{' '}
          <button type="button" class="danger" onClick={() => void remove()}>{t('tracesConfirmButton')}</button>
        </div>
      ) : (
        <button type="button" onClick={() => { setDone(''); setConfirming(true); }}>{t('tracesRemove')}</button>
      )}
      <p role="status">{done}</p>
    </div>
  );
}
