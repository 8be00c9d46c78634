import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SubscriptionCopy } from '../../src/core/settings/subscription-copy';
import { BROWSERS, withBrowser } from './harness';
import { clickButton, fillField, readLocalStorage, textOf } from './options-helpers';

const listFile = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/pages/lists.example.org', name));
const GOOD = listFile('good.json');
const UPDATED = listFile('updated.json');
const MALFORMED = listFile('malformed.json');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(BROWSERS)('subscriptions in %s', (browserName) => {
  it('fetch a list from its server, take updates, and keep the last good copy on a 404, a malformed file or a wrong hash', async () => {
    await withBrowser(browserName, async ({ page, server, extension }) => {
      // Lists are HTTPS only, except on the loopback host where a maintainer tries a draft; the
      // fixture server is that host here. Its answers are set per step.
      const served: Record<string, { status: number; body: Buffer }> = {
        '/list.json': { status: 200, body: GOOD },
        '/pinned.json': { status: 200, body: GOOD },
      };
      for (const pathname of Object.keys(served)) {
        server.route('localhost', pathname, (_request, response) => {
          const answer = served[pathname]!;
          response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
        });
      }
      // A page of the organization only the subscribed list knows.
      server.route('example-foundation.example', '/', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><html lang="en"><title>Example Foundation</title><h1>Example Foundation</h1></html>');
      });
      const listUrl = `http://localhost:${server.port}/list.json`;
      const pinnedUrl = `http://localhost:${server.port}/pinned.json`;

      const options = await extension.openOptions('#lists form');
      // The bundled list says what date it is as of, in the browser's own date format.
      expect(await textOf(options, '#lists')).toMatch(/As of [A-Z][a-z]+ \d{1,2}, \d{4} · entries: \d+/);
      const copyOf = async (url: string) => (await readLocalStorage(options))[`subscription:${url}`] as SubscriptionCopy | undefined;
      const subscribe = async (url: string, pin = '') => {
        await fillField(options, '#lists input[name=url]', url);
        await fillField(options, '#lists input[name=sha256]', pin);
        await clickButton(options, '#lists form', 'Subscribe');
      };
      const refresh = async (url: string) => {
        const before = (await copyOf(url))?.checkedAt;
        await options.evaluate((url) => {
          const card = [...document.querySelectorAll('#lists li')].find((item) => item.textContent?.includes(url));
          [...(card?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Update now')?.click();
        }, url);
        await expect.poll(async () => (await copyOf(url))?.checkedAt, { timeout: 10_000 }).not.toBe(before);
        return (await copyOf(url))!;
      };

      await subscribe(listUrl);
      await expect.poll(async () => (await copyOf(listUrl))?.list?.version, { timeout: 10_000 }).toBe('2026-11-01');
      await expect.poll(() => textOf(options, '#lists'), { timeout: 5000 }).toContain('Example extra list');
      // The subscribed list flags its organization's pages.
      await page.goto('http://example-foundation.example/');
      await expect.poll(() => extension.readShadowText(page), { timeout: 10_000 }).toContain('Example Foundation');

      served['/list.json'] = { status: 200, body: UPDATED };
      expect((await refresh(listUrl)).list?.entries).toHaveLength(2);

      served['/list.json'] = { status: 404, body: Buffer.from('gone') };
      const after404 = await refresh(listUrl);
      expect(after404.error).toMatch(/404/);
      expect(after404.list?.entries).toHaveLength(2);
      await expect.poll(() => textOf(options, '#lists [data-subscription-error]'), { timeout: 5000 }).toMatch(/404.*stays active/);

      served['/list.json'] = { status: 200, body: MALFORMED };
      const afterMalformed = await refresh(listUrl);
      expect(afterMalformed.error).toMatch(/not a JSON file/);
      expect(afterMalformed.list?.entries).toHaveLength(2);

      await subscribe(pinnedUrl, sha256(GOOD));
      await expect.poll(async () => (await copyOf(pinnedUrl))?.list?.version, { timeout: 10_000 }).toBe('2026-11-01');
      served['/pinned.json'] = { status: 200, body: UPDATED };
      const afterWrongHash = await refresh(pinnedUrl);
      expect(afterWrongHash.error).toMatch(/SHA-256/);
      expect(afterWrongHash.list?.version).toBe('2026-11-01');
    });
  });
});
