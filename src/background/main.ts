import browser from 'webextension-polyfill';
import { listenForMessages } from '../platform/messages';
import { loadSettings, migrateStoredSettings } from '../platform/settings-store';
import { browserStorageBackend } from '../platform/storage-backend';
import { addressNoticeKeeper } from './address-notices';
import { createClassifier } from './classify';
import { foughtNotices } from './fought-notice';
import { pageState, pageStateHandlers } from './page-state';
import { addActException, guardSetup } from './guard-setup';
import { flaggedScriptRegistrar, injectFlaggedFeatures } from './flagged-script';
import { injectShareHook } from './inject';
import { createIndexCache, loadIndexInputs } from './rules-index';
import { startSubscriptionUpdates } from './subscriptions';
import { startTabTracking } from './tabs';
import { forExtensionPagesOnly } from './senders';
import { removeAllTraces } from './traces';

const storage = browserStorageBackend();
const registerFlaggedScript = flaggedScriptRegistrar();
const keepAddressNotices = addressNoticeKeeper();
const indexCache = createIndexCache(() => loadIndexInputs(storage), storage, (index) => {
  void registerFlaggedScript(index);
  void keepAddressNotices(index);
});
const classifier = createClassifier(indexCache);
// The flagged-page script's registration and prepared notices follow the index: checked at every start.
void indexCache().catch(() => undefined);
const subscriptions = startSubscriptionUpdates(browser.alarms, loadSettings, {
  storage,
  fetch: (url, init) => fetch(url, init),
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  // Stored settings are brought to the current format before anything else reads them.
  void migrateStoredSettings();
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});

// Every verdict given to a page is also recorded for its tab and shown on the toolbar.
const tabTracking = startTabTracking();

// A page that keeps removing its notice gets the warning on the extension's own page instead.
const fought = foughtNotices((url) => pageState(classifier, { url }));

listenForMessages(tabTracking.recordingVerdicts({
  ...pageStateHandlers(classifier, fought.remember),
  ...fought.handlers,
  ...forExtensionPagesOnly({
    ...tabTracking.handlers,
    'classify-page': (message) => classifier.classifyPage(message.url),
    'subscriptions-refresh': (message) => subscriptions.refresh(message.url),
    'remove-traces': () => removeAllTraces(),
  }),
  'classify-links': (message) => classifier.classifyLinks(message.urls),
  'inject-share-hook': (message, sender) => injectShareHook(message.eventName, sender),
  'inject-flagged-features': (_message, sender) => injectFlaggedFeatures(sender),
  'guard-setup': (_message, sender) => guardSetup(sender),
  'act-exception-add': (message, sender) => addActException(message.act, sender),
}));
