import { createProtectedHost } from '../ui/protected-host';
import { HINT_STYLE } from './styles';

/** Long enough to read two sentences; the hint blocks nothing, so it may linger. */
const HINT_DURATION_MS = 8000;

/**
 * Short messages that never block the page: a polite live region in a closed shadow root, which
 * clicks pass through, cleared after a few seconds. One region serves every hint of the page.
 */
export function createHinter(signal: AbortSignal, language: string): (text: string) => void {
  let region: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return (text) => {
    if (signal.aborted) return;
    if (!region) {
      const { root } = createProtectedHost({ placement: 'overlay', signal });
      const style = document.createElement('style');
      style.textContent = HINT_STYLE;
      region = document.createElement('div');
      region.className = 'hint';
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.lang = language;
      root.append(style, region);
    }
    region.textContent = text;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (region) region.textContent = '';
    }, HINT_DURATION_MS);
  };
}
