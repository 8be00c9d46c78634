import type { RemovedTraces } from '../core/settings/traces';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../core/i18n';
import type { RuleList } from '../core/rules/schema';
import type { Settings } from '../core/settings/defaults';
import type { SettingsStore } from '../platform/settings-store';
import type { StorageBackend } from '../platform/storage-backend';
import type { Translate } from './strings';

/** What the page needs from outside: the browser in the extension, fakes and real parts in tests. */
export interface OptionsServices {
  store: SettingsStore;
  storage: StorageBackend;
  bundledLists: readonly RuleList[];
  /** Asks the browser for access to an origin; must be called from a click. */
  requestOrigin(origin: string): Promise<boolean>;
  /** Has the background fetch one subscription now. */
  refreshSubscription(url: string): Promise<void>;
  /** "Remove all traces" (src/background/traces.ts): what was removed. */
  removeTraces(): Promise<RemovedTraces>;
  version: string;
  /** The clock, for the age of the lists. */
  now(): Date;
  preferredLanguages: readonly string[];
}

export interface OptionsContext extends OptionsServices {
  settings: Settings;
  language: Language;
  t: Translate;
  /** Saves a change and reports the outcome in the page's status line; resolves to success. */
  save(mutator: (settings: Settings) => Settings | void): Promise<boolean>;
}

export const Options = createContext<OptionsContext | null>(null);

export function useOptions(): OptionsContext {
  const context = useContext(Options);
  if (!context) throw new Error('useOptions outside the options page');
  return context;
}
