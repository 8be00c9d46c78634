/**
 * The runtime messaging a content script needs, straight from the browser: Firefox's `browser`
 * and Chrome's MV3 `chrome` both return promises from sendMessage. Content scripts run on every
 * page, so they carry no webextension-polyfill.
 */

interface RuntimeSender {
  id?: string;
}

/** Answers through `respond`; returning true keeps the channel open for an async answer (both browsers). */
type RuntimeListener = (message: unknown, sender: RuntimeSender, respond: (response: unknown) => void) => boolean | undefined;

interface NativeStorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

interface NativeRuntime {
  id: string;
  getManifest(): { version: string };
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: RuntimeListener): void };
}

/** How webextension-polyfill (in the background) sends back a rejected handler's error to Chrome. */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

function isPolyfillRejection(reply: unknown): reply is PolyfillRejection {
  return typeof reply === 'object' && reply !== null && (reply as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true;
}

export function nativeRuntime(): NativeRuntime {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) throw new Error('no extension runtime in this context');
  return runtime;
}

/** The extension's version, which prepared data is written for. */
export function extensionVersion(): string {
  return nativeRuntime().getManifest().version;
}

/** storage.local as content scripts may read it in both browsers (promises in Chrome MV3 and Firefox). */
export function nativeLocalStorage(): NativeStorageArea {
  const scope = globalThis as { browser?: { storage?: { local?: NativeStorageArea } }; chrome?: { storage?: { local?: NativeStorageArea } } };
  const local = scope.browser?.storage?.local ?? scope.chrome?.storage?.local;
  if (!local) throw new Error('no extension storage in this context');
  return local;
}

/** Sends to the background; a handler that failed there rejects here, as with the polyfill. */
export async function sendRuntimeMessage(message: unknown): Promise<unknown> {
  const reply = await nativeRuntime().sendMessage(message);
  if (isPolyfillRejection(reply)) throw new Error(reply.message);
  return reply;
}

/**
 * Calls `answer` for each incoming message; when it returns a promise, its value goes back to the
 * sender (sendResponse plus `return true`, which Chrome requires and Firefox accepts).
 */
export function onRuntimeMessage(answer: (message: unknown, sender: RuntimeSender, ownId: string) => Promise<unknown> | undefined): void {
  const runtime = nativeRuntime();
  runtime.onMessage.addListener((message, sender, respond) => {
    const pending = answer(message, sender, runtime.id);
    if (!pending) return undefined;
    pending.then(respond, () => respond(undefined));
    return true;
  });
}
