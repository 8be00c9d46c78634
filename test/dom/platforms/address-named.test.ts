import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../src/content/platforms/instagram';
import { platformAdapterFor } from '../../../src/content/platforms';
import { profilePathOf } from '../../../src/content/platforms/address-named';
import { xAdapter } from '../../../src/content/platforms/x';

/** The saved X app page; its script is run as the browser would, rendering for the current address. */
const X_FIXTURE = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/pages/x.com/home/index.html'), 'utf8');

function loadXAt(address: string) {
  history.replaceState(null, '', address);
  document.documentElement.innerHTML = X_FIXTURE.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  const script = document.querySelector('script')!.textContent!;
  new Function(script)();
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  history.replaceState(null, '', '/');
});

describe('X: whose post is in front of the reader', () => {
  it('needs nothing from the page where the address names the account', () => {
    for (const address of ['/tvrain', '/tvrain/status/1800000000000000001', '/home']) {
      loadXAt(address);
      expect(xAdapter(document).currentAccounts()).toEqual([]);
    }
  });

  it('reads the author of a post opened by its id alone off the post in focus', () => {
    loadXAt('/i/web/status/1800000000000000001');
    expect(xAdapter(document).currentAccounts()).toEqual(['/tvrain']);
  });

  it('never takes X\'s own pages or a foreign address for an author', () => {
    const handle = /^[A-Za-z0-9_]{1,15}$/;
    const reserved = new Set(['home', 'i']);
    expect(profilePathOf('/home', handle, reserved)).toBeNull();
    expect(profilePathOf('/tvrain/status/1', handle, reserved)).toBeNull();
    expect(profilePathOf('https://evil.example/tvrain', handle, reserved)).toBeNull();
    expect(profilePathOf(`${location.origin}/tvrain`, handle, reserved)).toBe('/tvrain');
    expect(profilePathOf('/a_handle_far_too_long', handle, reserved)).toBeNull();
    expect(profilePathOf(null, handle, reserved)).toBeNull();
  });

  it('notices the app\'s move to another profile, which fires no event', async () => {
    loadXAt('/home');
    const adapter = platformAdapterFor('x.com')!;
    const seen: string[] = [];
    const stop = new AbortController();
    adapter.watch(() => seen.push(location.pathname), stop.signal);
    history.pushState(null, '', '/tvrain');
    await new Promise((resolve) => setTimeout(resolve, 700));
    stop.abort();
    expect(seen[0]).toBe('/home');
    expect(seen).toContain('/tvrain');
  });
});

describe('Instagram: whose post is in front of the reader', () => {
  /** The header of an open post, as public code that reads Instagram finds it (`article header a`). */
  const postHeader = (author: string) =>
    `<article><header><a href="/${author}/" role="link"><img alt=""></a><a href="/${author}/" role="link">${author}</a>
      <a href="/explore/locations/1/">Riga</a></header><div>…</div></article>`;

  it('reads the author of a /p/ or /reel/ post from its header; a profile\'s address names it already', () => {
    document.body.innerHTML = `<main>${postHeader('meduzapro')}</main>`;
    for (const address of ['/p/C1a2b3c4d5e/', '/reel/C1a2b3c4d5e/']) {
      history.replaceState(null, '', address);
      expect(instagramAdapter(document).currentAccounts()).toEqual(['/meduzapro']);
    }
    history.replaceState(null, '', '/meduzapro/');
    expect(instagramAdapter(document).currentAccounts()).toEqual([]);
  });

  it('prefers the post open in a dialog over the page under it', () => {
    history.replaceState(null, '', '/p/C1a2b3c4d5e/');
    document.body.innerHTML = `<main>${postHeader('neutral.cakes')}</main><div role="dialog">${postHeader('meduzapro')}</div>`;
    expect(instagramAdapter(document).currentAccounts()).toEqual(['/meduzapro']);
  });

  it('knows no author where the header links to Instagram\'s own pages only', () => {
    history.replaceState(null, '', '/p/C1a2b3c4d5e/');
    document.body.innerHTML = '<main><article><header><a href="/explore/">Explore</a><a href="/p/other/">x</a></header></article></main>';
    expect(instagramAdapter(document).currentAccounts()).toEqual([]);
  });
});

describe('platforms whose addresses name every account', () => {
  it('Facebook and OK are watched for moves; other hosts get no adapter', () => {
    expect(platformAdapterFor('www.facebook.com')?.currentAccounts()).toEqual([]);
    expect(platformAdapterFor('ok.ru')?.currentAccounts()).toEqual([]);
    expect(platformAdapterFor('m.twitter.com')).not.toBeNull();
    expect(platformAdapterFor('www.instagram.com')).not.toBeNull();
    expect(platformAdapterFor('notx.com')).toBeNull();
    expect(platformAdapterFor('meduza.io')).toBeNull();
  });
});
