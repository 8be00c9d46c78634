import { pickLanguage, type Language } from '../core/i18n';
import type { DismissScope } from '../core/notice/model';
import { renderNotice } from '../content/notice/render';
import { sendMessage } from '../platform/messages';

/**
 * The extension's own warning page. A page that kept removing its notice is left for this one
 * (src/background/fought-notice.ts), where no page script reaches: the same notice as an
 * interstitial, saying why it is here. "Continue to the page" returns to the page, which may
 * then hide the banner: the reader has seen the warning and chosen.
 */

const NOTHING_WAITING: Record<Language, string> = {
  en: 'There is no warning waiting here. You can close this tab.',
  ru: 'Здесь нет ожидающего предупреждения. Эту вкладку можно закрыть.',
  uk: 'Тут немає попередження, що чекає. Цю вкладку можна закрити.',
  be: 'Тут няма папярэджання, якое чакае. Гэтую ўкладку можна закрыць.',
};

/**
 * To where the reader came from: the last page of another site in this tab, as the background
 * saw it (the page that fought the notice may have added history entries of its own); without
 * one, back past that page; else an empty tab.
 */
function goBack(backTo: string | undefined): void {
  if (backTo && /^https?:/.test(backTo)) location.replace(backTo);
  else if (history.length > 2) history.go(-2);
  else location.replace('about:blank');
}

async function continueToPage(dismiss?: DismissScope): Promise<void> {
  const url = await sendMessage({ type: 'warning-continue', ...(dismiss ? { dismiss } : {}) });
  if (url) location.replace(url);
}

async function showWarning(container: HTMLElement): Promise<void> {
  const pending = await sendMessage({ type: 'warning-state' }).catch(() => null);
  if (!pending) {
    const language = pickLanguage(navigator.languages);
    document.documentElement.lang = language;
    container.append(Object.assign(document.createElement('p'), { textContent: NOTHING_WAITING[language] }));
    return;
  }
  const { notice } = pending;
  document.documentElement.lang = notice.language;
  document.title = notice.regionLabel;
  const root = container.attachShadow({ mode: 'closed' });
  renderNotice(root, { ...notice, mode: 'interstitial' }, {
    onContinue: () => void continueToPage(),
    onGoBack: () => goBack(pending.backTo),
    onDismiss: (scope) => void continueToPage(scope),
  }, new AbortController().signal, { movedHere: true });
}

const container = document.getElementById('warning');
if (container) void showWarning(container);
