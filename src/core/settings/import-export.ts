import { SETTINGS_SCHEMA_VERSION, type Settings } from './defaults';
import { jsonLineIndex, lineOfPath, lineOfSyntaxError, pathDeeperThan } from './json-locations';
import { migrateDocument } from './migrations';
import { validateSettings, type SettingsIssue } from './schema';

/**
 * One JSON file holds all of the user's settings and own rules. Importing checks the whole file
 * first and returns either the complete new settings or every error with its place; the caller
 * writes nothing unless it gets settings back.
 */
export const EXPORT_FORMAT = 'regional-legal-warnings/settings';
/** The largest file we accept: far above any real export, small enough to parse at once. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Arrays and objects inside one another: a real export needs about eight. */
export const MAX_IMPORT_DEPTH = 32;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  /** The settings schema version the file was written with. */
  schemaVersion: number;
  exportedAt: string;
  settings: Settings;
}

export interface ImportIssue extends SettingsIssue {
  /** 1-based line in the file, where it can be told. */
  line?: number;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; issues: ImportIssue[] };

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, schemaVersion: SETTINGS_SCHEMA_VERSION, exportedAt: now.toISOString(), settings };
  return JSON.stringify(file, null, 2) + '\n';
}

function failure(path: string, message: string, line?: number): ImportResult {
  return { ok: false, issues: [{ path, message, ...(line === undefined ? {} : { line }) }] };
}

/**
 * The settings a file holds, validated, or every reason it cannot be imported. With `current`
 * (the settings in use), a file that would remove all of the reader's own entries is refused:
 * an import is not the way to delete them, and a file written that way is more likely a mistake
 * or a trap than a wish.
 */
export function importSettings(text: string, current?: Settings): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return failure('$', `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return failure('$', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, lineOfSyntaxError(text, error));
  }
  const tooDeep = pathDeeperThan(parsed, MAX_IMPORT_DEPTH);
  if (tooDeep !== undefined) {
    return failure(tooDeep, `nested more than ${MAX_IMPORT_DEPTH} levels deep: this is not a settings file of this extension`);
  }
  // Lines are looked up only for an error, and only in a file whose nesting is now known to be sane.
  let lines: Map<string, number> | undefined;
  const at = (path: string) => lineOfPath((lines ??= jsonLineIndex(text)), path);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return failure('$', 'must be an object exported from this extension\'s settings', at('$'));
  }
  const file = parsed as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return failure('$.format', `must be "${EXPORT_FORMAT}": this is not a settings file of this extension`, at('$.format'));
  }
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return failure('$.schemaVersion', 'must be a whole number', at('$.schemaVersion'));
  }
  // Exports have always been format 1 or later; format 0 was only ever stored by pre-release
  // builds, and a file claiming it would go through a migration that starts from the defaults.
  if (version < 1) {
    return failure('$.schemaVersion', 'format 0 is not a file this extension exports: importing it would reset your settings to the defaults', at('$.schemaVersion'));
  }
  if (version > SETTINGS_SCHEMA_VERSION) {
    return failure('$.schemaVersion', `the file comes from a newer version of the extension (format ${version}); update the extension first`, at('$.schemaVersion'));
  }
  if (typeof file.settings !== 'object' || file.settings === null || Array.isArray(file.settings)) {
    return failure('$.settings', 'must be an object', at('$.settings'));
  }
  // Older files are brought to the current format first; their paths are then the new ones.
  const document = version < SETTINGS_SCHEMA_VERSION
    ? migrateDocument(file.settings as Record<string, unknown>, version).document
    : { ...(file.settings as Record<string, unknown>) };
  const validation = validateSettings({ ...document, schemaVersion: SETTINGS_SCHEMA_VERSION });
  if (!validation.ok) {
    return {
      ok: false,
      issues: validation.issues.map((issue) => {
        const path = issue.path.replace(/^\$/, '$.settings');
        const line = at(path);
        return { path, message: issue.message, ...(line === undefined ? {} : { line }) };
      }),
    };
  }
  const ownEntries = current?.userRules.entries.length ?? 0;
  if (ownEntries > 0 && validation.value.userRules.entries.length === 0) {
    return failure('$.settings.userRules.entries', `the file has none of your own organizations (you have ${ownEntries}): importing it would remove them all. To remove them, delete them in "Organizations" first`, at('$.settings.userRules.entries'));
  }
  return { ok: true, settings: validation.value };
}

/** One line per error, for the options page and for logs. */
export function describeImportIssue(issue: ImportIssue): string {
  return `${issue.line === undefined ? '' : `line ${issue.line}, `}${issue.path}: ${issue.message}`;
}
