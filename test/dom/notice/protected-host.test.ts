import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProtectedHost, onTrustedEvent } from '../../../src/content/ui/protected-host';

const nextMicrotasks = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createProtectedHost', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('puts a top host before the body with a closed shadow root', () => {
    const { root } = createProtectedHost({ placement: 'top', signal: controller.signal });
    const host = document.documentElement.firstElementChild?.nextElementSibling;
    expect(host?.nextElementSibling).toBe(document.body);
    expect(root.mode).toBe('closed');
    expect((host as HTMLElement).shadowRoot).toBeNull();
  });

  it('comes back when the page removes it, and resets what the page sets on it', async () => {
    const signal = new AbortController();
    createProtectedHost({ placement: 'overlay', signal: signal.signal });
    const host = document.documentElement.lastElementChild as HTMLElement;
    const style = host.getAttribute('style');
    host.remove();
    host.setAttribute('style', 'display: none !important');
    await nextMicrotasks();
    host.setAttribute('hidden', '');
    await nextMicrotasks();
    expect(host.isConnected).toBe(true);
    expect(host.getAttribute('style')).toBe(style);
    expect(host.hasAttribute('hidden')).toBe(false);
    signal.abort();
    expect(host.isConnected).toBe(false);
  });

  it('tells its owner, once, when the page removes it faster than it can come back', async () => {
    const lifetime = new AbortController();
    let fought = 0;
    createProtectedHost({ placement: 'top', signal: lifetime.signal, onFought: () => fought++ });
    const host = document.documentElement.firstElementChild?.nextElementSibling as HTMLElement;
    // One removal now and then is undone quietly.
    host.remove();
    await nextMicrotasks();
    expect(host.isConnected).toBe(true);
    expect(fought).toBe(0);
    // A page script that removes every element it did not write, as soon as it appears.
    const known = new Set([...document.querySelectorAll('*')].filter((element) => element !== host));
    const remover = new MutationObserver(() => {
      for (const element of document.querySelectorAll('*')) if (!known.has(element)) element.remove();
    });
    remover.observe(document, { childList: true, subtree: true });
    host.remove();
    await vi.waitFor(() => expect(fought).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fought).toBe(1);
    remover.disconnect();
    lifetime.abort();
  });

  it("counts a page element over the surface as a cover, but never the extension's own hosts, of either bundle", async () => {
    const lifetime = new AbortController();
    const surface = document.createElement('p');
    surface.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 200, height: 50 });
    let covered = 0;
    const notice = createProtectedHost({ placement: 'top', signal: lifetime.signal, surface: () => surface, onCovered: () => covered++ });
    notice.root.append(surface);
    const dialog = createProtectedHost({ placement: 'overlay', signal: lifetime.signal });
    // The other content bundle has its own copy of the module, as a fresh import gives here.
    vi.resetModules();
    const otherBundle = await import('../../../src/content/ui/protected-host');
    const otherDialog = otherBundle.createProtectedHost({ placement: 'overlay', signal: lifetime.signal });
    const pageCover = document.body.appendChild(document.createElement('div'));
    const original = document.elementFromPoint;
    try {
      for (const [top, expected] of [[dialog.root.host, 0], [otherDialog.root.host, 0], [pageCover, 1]] as const) {
        document.elementFromPoint = () => top;
        notice.check();
        expect(covered).toBe(expected);
      }
    } finally {
      document.elementFromPoint = original;
      lifetime.abort();
      pageCover.remove();
    }
  });
});

describe('onTrustedEvent', () => {
  it('ignores synthetic events a page dispatches', () => {
    const button = document.createElement('button');
    const controller = new AbortController();
    let calls = 0;
    onTrustedEvent(button, 'click', () => calls++, { signal: controller.signal });
    button.dispatchEvent(new MouseEvent('click'));
    button.click();
    expect(calls).toBe(0);
    controller.abort();
  });
});
