import { afterEach, describe, expect, it } from 'vitest';
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
