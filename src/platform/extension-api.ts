/**
 * The few browser APIs the extension's own pages call directly: host access, the manifest, and
 * messages. Firefox's `browser.*` and Chrome's MV3 `chrome.*` both return promises here.
 */
interface ExtensionApi {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
  };
  runtime: {
    getManifest(): { version: string; host_permissions?: string[] };
    getURL(path: string): string;
    openOptionsPage(): Promise<void>;
  };
}

function api(): ExtensionApi | null {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return scope.browser?.runtime ? scope.browser : (scope.chrome?.runtime ? scope.chrome : null);
}

/** The host access the content script needs: the manifest's host_permissions. */
function contentHostOrigins(): string[] {
  return api()?.runtime.getManifest().host_permissions ?? [];
}

/** Whether the browser granted the content script's host access (Firefox lets users withhold it). */
export async function hasHostAccess(): Promise<boolean> {
  const extension = api();
  if (!extension) return true;
  return extension.permissions.contains({ origins: contentHostOrigins() });
}

/** Must run inside a click handler: browsers only show the prompt for a user gesture. */
export async function requestHostAccess(origins: string[] = contentHostOrigins()): Promise<boolean> {
  const extension = api();
  if (!extension) return false;
  if (await extension.permissions.contains({ origins })) return true;
  return extension.permissions.request({ origins });
}

export function extensionVersion(): string {
  return api()?.runtime.getManifest().version ?? '';
}

export function openOptionsPage(): void {
  void api()?.runtime.openOptionsPage();
}
