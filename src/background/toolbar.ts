import browser from 'webextension-polyfill';
import { localize, pickLanguage, type Language } from '../core/i18n';
import type { Settings } from '../core/settings/defaults';
import { toolbarState, type TabRecord, type ToolbarState } from '../core/tab-state';

/** Tooltip texts of the toolbar button; {organization} is the first flagged organization. */
export const TOOLBAR_TITLES: Record<Language, Record<ToolbarState['title'], string>> = {
  en: {
    flagged: 'Regional Legal Warnings: this site belongs to {organization}, which is on a list that applies to you',
    paused: 'Regional Legal Warnings: paused on this site',
    clear: 'Regional Legal Warnings',
    neutral: 'Extension',
  },
  ru: {
    flagged: 'Региональные правовые предупреждения: этот сайт принадлежит организации «{organization}» из списка, который применяется к вам',
    paused: 'Региональные правовые предупреждения: приостановлено на этом сайте',
    clear: 'Региональные правовые предупреждения',
    neutral: 'Расширение',
  },
  uk: {
    flagged: 'Регіональні правові попередження: цей сайт належить організації «{organization}» зі списку, який застосовується до вас',
    paused: 'Регіональні правові попередження: призупинено на цьому сайті',
    clear: 'Регіональні правові попередження',
    neutral: 'Розширення',
  },
  be: {
    flagged: 'Рэгіянальныя прававыя папярэджанні: гэты сайт належыць арганізацыі «{organization}» са спіса, які прымяняецца да вас',
    paused: 'Рэгіянальныя прававыя папярэджанні: прыпынена на гэтым сайце',
    clear: 'Рэгіянальныя прававыя папярэджанні',
    neutral: 'Пашырэнне',
  },
};

const ICONS: Record<ToolbarState['icon'], Record<string, string>> = {
  normal: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  flagged: { 16: 'icons/icon-flagged-16.png', 32: 'icons/icon-flagged-32.png' },
};
const BADGE_COLOR = '#b3261e';

export function toolbarTitle(state: ToolbarState, record: TabRecord | undefined, language: Language): string {
  const organization = record?.matches[0]?.organization;
  return TOOLBAR_TITLES[language][state.title].replace('{organization}', organization ? localize(organization, language) : '');
}

export function languageOf(settings: Settings): Language {
  return pickLanguage(globalThis.navigator?.languages ?? [], settings.language);
}

/**
 * Shows a tab's state on the toolbar button. Every value is set per tab, so a flagged tab never
 * marks another one; the low-visibility mode also neutralises the button's title for all tabs.
 */
export async function showTabState(tabId: number, record: TabRecord | undefined, settings: Settings): Promise<void> {
  const state = toolbarState(record, settings);
  try {
    await Promise.all([
      browser.action.setIcon({ tabId, path: ICONS[state.icon] }),
      browser.action.setBadgeText({ tabId, text: state.badge }),
      browser.action.setTitle({ tabId, title: toolbarTitle(state, record, languageOf(settings)) }),
    ]);
  } catch {
    // The tab closed meanwhile: nothing left to show.
  }
}

/** Sets what holds for every tab that has no state of its own. */
export async function showDefaults(settings: Settings): Promise<void> {
  const state = toolbarState(undefined, settings);
  await Promise.all([
    browser.action.setTitle({ title: toolbarTitle(state, undefined, languageOf(settings)) }),
    browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    browser.action.setBadgeTextColor({ color: '#ffffff' }),
  ]);
}

/**
 * After a settings change (a pause, the low-visibility mode, the language): every open tab again,
 * since a tab whose record was dropped still carries the values set for it then.
 */
export async function showAllTabs(records: Map<number, TabRecord>, settings: Settings): Promise<void> {
  await showDefaults(settings);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [showTabState(tab.id, records.get(tab.id), settings)])),
  );
}
