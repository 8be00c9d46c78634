import { pickLanguage } from '../core/i18n';
import { sendMessage } from '../platform/messages';
import { renderNotice } from './notice/render';

async function main(): Promise<void> {
  if (window.top !== window) return;
  const verdict = await sendMessage({ type: 'classify-page', url: location.href });
  if (!verdict.flagged) return;
  const host = renderNotice(verdict, pickLanguage(navigator.languages));
  document.documentElement.append(host);
}

void main();
