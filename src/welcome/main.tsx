import { render } from 'preact';
import { extensionVersion, hasHostAccess, openOptionsPage, requestHostAccess } from '../platform/extension-api';
import { sendMessage } from '../platform/messages';
import { createSettingsStore } from '../platform/settings-store';
import { browserStorageBackend } from '../platform/storage-backend';
import { WelcomeApp } from './app';

const storage = browserStorageBackend();
const app = document.getElementById('app');
if (app) {
  render(
    <WelcomeApp
      store={createSettingsStore(storage)}
      storage={storage}
      // The welcome page shows no lists; leaving them out keeps its bundle small.
      bundledLists={[]}
      requestOrigin={(origin) => requestHostAccess([`${origin}/*`])}
      refreshSubscription={async (url) => void (await sendMessage({ type: 'subscriptions-refresh', url }))}
      removeTraces={() => sendMessage({ type: 'remove-traces' })}
      version={extensionVersion()}
      now={() => new Date()}
      preferredLanguages={navigator.languages}
      hasHostAccess={hasHostAccess}
      requestHostAccess={() => requestHostAccess()}
      openOptions={openOptionsPage}
    />,
    app,
  );
}
