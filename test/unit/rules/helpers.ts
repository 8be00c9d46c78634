import { compileIndex, type CompiledIndex, type IndexSettings } from '../../../src/core/rules/compile';
import type { RuleEntry, RuleList } from '../../../src/core/rules/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';

export type SettingsOverrides = Partial<Omit<IndexSettings, 'userRules'>> & { userRules?: Partial<IndexSettings['userRules']> };

export function settingsWith(overrides: SettingsOverrides = {}): IndexSettings {
  return {
    jurisdictions: overrides.jurisdictions ?? DEFAULT_SETTINGS.jurisdictions,
    noticeMode: overrides.noticeMode ?? DEFAULT_SETTINGS.noticeMode,
    userRules: { ...DEFAULT_SETTINGS.userRules, ...overrides.userRules },
  };
}

export function bundledIndex(overrides: SettingsOverrides = {}): CompiledIndex {
  return compileIndex(BUNDLED_LISTS, settingsWith(overrides));
}

export function bundledList(id: string): RuleList {
  const list = BUNDLED_LISTS.find((candidate) => candidate.id === id);
  if (!list) throw new Error(`no bundled list ${id}`);
  return list;
}

export function userEntry(id: string, domains: string[], name = id): RuleEntry {
  return { id, names: { en: name }, domains, sources: [{ publisher: 'Me' }], verified: false };
}
