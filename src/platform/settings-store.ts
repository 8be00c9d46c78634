import { DEFAULT_SETTINGS, SETTINGS_SCHEMA_VERSION, type Settings } from '../core/settings/defaults';
import { isFormat0Key, migrateDocument, type StoredDocument } from '../core/settings/migrations';
import { repairSettings, validateSettings, type SettingsIssue } from '../core/settings/schema';
import { browserStorageBackend, type StorageAreaLike, type StorageBackend } from './storage-backend';

/**
 * The one way to read and change settings, in every context (background, content, pages).
 *
 * Layout: each Settings field is its own storage key `settings.<field>`, so a change writes only
 * the fields it touched. Small preferences go to storage.sync (falling back to storage.local when
 * sync is missing or refuses the write); rules, texts and lists stay in storage.local. A revision
 * counter in storage.local makes concurrent writers (two options tabs, the background) retry on
 * fresh data instead of overwriting each other.
 */
export const SETTINGS_KEY_PREFIX = 'settings.';
export const REVISION_KEY = 'settings.revision';
/** Set to 'local' while preferences live in storage.local because sync refused them. */
export const PREFERENCES_AREA_KEY = 'settings.preferencesArea';

type Field = keyof Settings;
export const SYNCED_FIELDS: readonly Field[] = [
  'language', 'jurisdictions', 'noticeMode', 'lowVisibility', 'markLinks', 'guardOutboundLinks',
];
const FIELDS = Object.keys(DEFAULT_SETTINGS) as Field[];
const LOCAL_FIELDS = FIELDS.filter((field) => !SYNCED_FIELDS.includes(field));
const MAX_ATTEMPTS = 8;

const keyOf = (field: Field) => SETTINGS_KEY_PREFIX + field;

export class SettingsValidationError extends Error {
  constructor(readonly issues: SettingsIssue[]) {
    super(`invalid settings: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
    this.name = 'SettingsValidationError';
  }
}

export interface SettingsStore {
  loadSettings(): Promise<Settings>;
  /**
   * The settings as last read, read again after any change: for the background, which every page
   * asks something, so that a page load never costs a full read and validation of all settings.
   */
  cachedSettings(): Promise<Settings>;
  updateSettings(mutator: (settings: Settings) => Settings | void): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  /** Writes stored settings in the current format; run on install and update. */
  migrateStoredSettings(): Promise<Settings>;
  /** Problems found in stored settings at the last read (the damaged fields fell back to defaults). */
  lastIssues(): SettingsIssue[];
}

interface StoredState {
  settings: Settings;
  revision: number;
  /** Keys of an earlier format to remove once the migrated settings are written. */
  obsoleteKeys: string[];
  /** Storage does not hold the current layout yet (fresh install or older format). */
  needsFullWrite: boolean;
  preferencesInLocal: boolean;
  issues: SettingsIssue[];
}

export function createSettingsStore(backend: StorageBackend): SettingsStore {
  let queue: Promise<unknown> = Promise.resolve();
  let issues: SettingsIssue[] = [];

  function preferencesArea(preferencesInLocal: boolean): StorageAreaLike {
    return preferencesInLocal || !backend.sync ? backend.local : backend.sync;
  }

  async function readState(): Promise<StoredState> {
    const local = await backend.local.get([...FIELDS.map(keyOf), REVISION_KEY, PREFERENCES_AREA_KEY]);
    const preferencesInLocal = local[PREFERENCES_AREA_KEY] === 'local';
    const area = preferencesArea(preferencesInLocal);
    const preferences = area === backend.local
      ? local
      : await area.get(SYNCED_FIELDS.map(keyOf)).catch((): Record<string, unknown> => ({}));
    const revision = typeof local[REVISION_KEY] === 'number' ? local[REVISION_KEY] : 0;

    let document: StoredDocument = {};
    for (const field of LOCAL_FIELDS) if (keyOf(field) in local) document[field] = local[keyOf(field)];
    for (const field of SYNCED_FIELDS) if (keyOf(field) in preferences) document[field] = preferences[keyOf(field)];

    let obsoleteKeys: string[] = [];
    let migrationIssues: SettingsIssue[] = [];
    const storedVersion = document.schemaVersion;
    if (storedVersion === undefined) {
      // Nothing in the current layout: either a fresh install or the pre-release flat format.
      const everything = await backend.local.get(null);
      const legacy = Object.fromEntries(Object.entries(everything).filter(([key]) => isFormat0Key(key)));
      if (Object.keys(legacy).length > 0) {
        ({ document, obsoleteKeys, issues: migrationIssues } = migrateDocument(legacy, 0));
      }
    } else if (typeof storedVersion === 'number' && storedVersion < SETTINGS_SCHEMA_VERSION) {
      ({ document, obsoleteKeys, issues: migrationIssues } = migrateDocument(document, storedVersion));
    }
    const repaired = repairSettings({ ...document, schemaVersion: SETTINGS_SCHEMA_VERSION });
    return {
      settings: repaired.settings,
      revision,
      obsoleteKeys,
      needsFullWrite: storedVersion !== SETTINGS_SCHEMA_VERSION,
      preferencesInLocal,
      issues: [...migrationIssues, ...repaired.issues],
    };
  }

  async function writePreferences(state: StoredState, next: Settings, changed: Field[]) {
    const changedPreferences = changed.filter((field) => SYNCED_FIELDS.includes(field));
    if (changedPreferences.length === 0) return;
    const entries = (fields: readonly Field[]) => Object.fromEntries(fields.map((field) => [keyOf(field), next[field]]));
    if (backend.sync) {
      try {
        // Moving back from the local fallback writes every preference, so sync is complete again.
        await backend.sync.set(entries(state.preferencesInLocal ? SYNCED_FIELDS : changedPreferences));
        if (state.preferencesInLocal) await backend.local.remove([PREFERENCES_AREA_KEY, ...SYNCED_FIELDS.map(keyOf)]);
        return;
      } catch {
        // Sync is disabled, full or over its per-item quota: keep the preferences locally.
      }
    }
    const fields = state.preferencesInLocal || !backend.sync ? changedPreferences : SYNCED_FIELDS;
    await backend.local.set({ ...entries(fields), ...(backend.sync ? { [PREFERENCES_AREA_KEY]: 'local' } : {}) });
  }

  async function write(state: StoredState, next: Settings, changed: Field[]) {
    await writePreferences(state, next, changed);
    const localItems: Record<string, unknown> = { [REVISION_KEY]: state.revision + 1 };
    for (const field of changed) if (LOCAL_FIELDS.includes(field)) localItems[keyOf(field)] = next[field];
    await backend.local.set(localItems);
    if (state.obsoleteKeys.length > 0) await backend.local.remove(state.obsoleteKeys);
  }

  function changedFields(before: Settings, after: Settings, all: boolean): Field[] {
    return FIELDS.filter((field) => all || JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  }

  async function update(mutator: (settings: Settings) => Settings | void): Promise<Settings> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const state = await readState();
      issues = state.issues;
      const draft = structuredClone(state.settings);
      const validation = validateSettings(mutator(draft) ?? draft);
      if (!validation.ok) throw new SettingsValidationError(validation.issues);
      const changed = changedFields(state.settings, validation.value, state.needsFullWrite);
      if (changed.length === 0) return state.settings;
      const current = await backend.local.get([REVISION_KEY]);
      const currentRevision = typeof current[REVISION_KEY] === 'number' ? current[REVISION_KEY] : 0;
      // Someone else wrote since we read: run the mutator again on their result.
      if (currentRevision !== state.revision) continue;
      await write(state, validation.value, changed);
      return validation.value;
    }
    throw new Error('settings changed too often to save; try again');
  }

  /**
   * Updates from this context run one after another, and alone among the extension's contexts
   * where the platform has locks; the revision check catches writers outside the lock.
   */
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const locked = () => backend.exclusive(task);
    const result = queue.then(locked, locked);
    queue = result.catch(() => undefined);
    return result;
  }

  async function load(): Promise<Settings> {
    const state = await readState();
    issues = state.issues;
    return state.settings;
  }

  let cached: Promise<Settings> | null = null;
  let watchingForChanges = false;
  function cachedSettings(): Promise<Settings> {
    if (!watchingForChanges) {
      watchingForChanges = true;
      backend.onChanged((changes) => {
        if (Object.keys(changes).some((key) => key.startsWith(SETTINGS_KEY_PREFIX))) cached = null;
      });
    }
    if (!cached) {
      const reading = load();
      cached = reading;
      // A failed read is not kept: the next question reads again.
      reading.catch(() => {
        if (cached === reading) cached = null;
      });
    }
    return cached;
  }

  return {
    loadSettings: load,
    cachedSettings,
    updateSettings: async (mutator) => {
      try {
        return await serialized(() => update(mutator));
      } finally {
        cached = null; // this context's own write, before its change event arrives
      }
    },
    migrateStoredSettings: () => serialized(() => update(() => undefined)),
    onSettingsChanged(listener) {
      let latestRead = 0;
      return backend.onChanged((changes) => {
        if (!Object.keys(changes).some((key) => key.startsWith(SETTINGS_KEY_PREFIX))) return;
        const read = ++latestRead;
        void readState().then((state) => {
          // Several events in a row: only the newest read reaches the listener.
          if (read === latestRead) listener(state.settings);
        });
      });
    },
    lastIssues: () => issues,
  };
}

let defaultStore: SettingsStore | undefined;

function store(): SettingsStore {
  defaultStore ??= createSettingsStore(browserStorageBackend());
  return defaultStore;
}

/** Makes the module-level functions use another backend, e.g. the in-memory fake in tests. */
export function useSettingsBackend(backend: StorageBackend): SettingsStore {
  defaultStore = createSettingsStore(backend);
  return defaultStore;
}

export const loadSettings = (): Promise<Settings> => store().loadSettings();
export const cachedSettings = (): Promise<Settings> => store().cachedSettings();
export const updateSettings = (mutator: (settings: Settings) => Settings | void): Promise<Settings> =>
  store().updateSettings(mutator);
export const onSettingsChanged = (listener: (settings: Settings) => void): (() => void) =>
  store().onSettingsChanged(listener);
export const migrateStoredSettings = (): Promise<Settings> => store().migrateStoredSettings();
