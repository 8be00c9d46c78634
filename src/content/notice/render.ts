import type { Verdict } from '../../core/verdict';
import { localize, type Language } from '../../core/i18n';

/**
 * Renders the notice inside a closed shadow root on a host element the extension owns, so page
 * scripts and styles cannot read or restyle it.
 */
export function renderNotice(verdict: Verdict, language: Language): HTMLElement {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const match = verdict.matches[0];
  const organization = match ? localize(match.organization, language) : '';
  const region = document.createElement('section');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', `Legal risk warning: ${organization}`);
  const text = document.createElement('p');
  text.textContent = `${organization} is an "undesirable organization" in Russia. Reading is not punished; sharing, liking, commenting, saving, donating or contacting can be.`;
  region.append(text);
  shadow.append(region);
  return host;
}
