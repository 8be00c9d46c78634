import browser from 'webextension-polyfill';
import type { Language } from '../core/i18n';
import type { Settings } from '../core/settings/defaults';
import { languageOf } from './toolbar';

export const CHECK_LINK_MENU_ID = 'check-link';

export const CHECK_LINK_TITLES: Record<Language, string> = {
  en: 'Check this link',
  ru: 'Проверить эту ссылку',
  uk: 'Перевірити це посилання',
  be: 'Праверыць гэтую спасылку',
};

/** The extension page that shows the verdict for a link (the popup, in its link mode). */
export function linkCheckUrl(linkUrl: string): string {
  return browser.runtime.getURL(`popup.html?link=${encodeURIComponent(linkUrl)}`);
}

/**
 * "Check this link" on links. A menu click cannot open the toolbar popup, so the verdict opens in
 * a small window of the extension's own: no notifications permission, nothing in the page.
 * Created anew at each start of the background, so the item exists exactly once.
 */
export function startContextMenu(settings: Promise<Settings>): void {
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== CHECK_LINK_MENU_ID || !info.linkUrl) return;
    void browser.windows.create({ url: linkCheckUrl(info.linkUrl), type: 'popup', width: 420, height: 480 });
  });
  void settings.then(async (current) => {
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: CHECK_LINK_MENU_ID,
      title: CHECK_LINK_TITLES[languageOf(current)],
      contexts: ['link'],
      targetUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
}

/** The user picked another language. */
export async function retitleContextMenu(settings: Settings): Promise<void> {
  await browser.contextMenus.update(CHECK_LINK_MENU_ID, { title: CHECK_LINK_TITLES[languageOf(settings)] });
}
