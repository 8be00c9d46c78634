import { render } from 'preact';
import { BUNDLED_LISTS } from '../rules/bundled';
import { extensionVersion, requestHostAccess } from '../platform/extension-api';
import { sendMessage } from '../platform/messages';
import { createSettingsStore } from '../platform/settings-store';
import { browserStorageBackend } from '../platform/storage-backend';
import { OptionsApp } from './app';

const storage = browserStorageBackend();
const app = document.getElementById('app');
if (app) {
  render(
    <OptionsApp
      store={createSettingsStore(storage)}
      storage={storage}
      bundledLists={BUNDLED_LISTS}
      requestOrigin={(origin) => requestHostAccess([`${origin}/*`])}
      refreshSubscription={async (url) => void (await sendMessage({ type: 'subscriptions-refresh', url }))}
      removeTraces={() => sendMessage({ type: 'remove-traces' })}
      version={extensionVersion()}
      now={() => new Date()}
      preferredLanguages={navigator.languages}
    />,
    app,
  );
}
