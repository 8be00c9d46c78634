import browser from 'webextension-polyfill';
import { listenForMessages } from '../platform/messages';
import { loadSettings, migrateStoredSettings } from '../platform/settings-store';
import { browserStorageBackend } from '../platform/storage-backend';
import { classifyPage } from './classify';
import { startSubscriptionUpdates } from './subscriptions';

const subscriptions = startSubscriptionUpdates(browser.alarms, loadSettings, {
  storage: browserStorageBackend(),
  fetch: (url, init) => fetch(url, init),
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  // Stored settings are brought to the current format before anything else reads them.
  void migrateStoredSettings();
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});

listenForMessages({
  'classify-page': (message) => classifyPage(message.url),
  'subscriptions-refresh': (message) => subscriptions.refresh(message.url),
});
