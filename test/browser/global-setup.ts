import { BROWSERS, missingBrowserMessage } from './harness';

/** A missing browser fails the run with the command that installs it; it is never skipped. */
export default function checkBrowsers(): void {
  const missing = BROWSERS.map(missingBrowserMessage).filter((m) => m !== null);
  if (missing.length > 0) throw new Error(missing.join('\n'));
}
