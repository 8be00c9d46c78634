import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  nextUpdateTime,
  refreshSubscription,
  refreshSubscriptions,
} from '../../../src/background/subscriptions';
import { readSubscriptionCopies, subscribedLists } from '../../../src/platform/subscription-store';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyUrl } from '../../../src/core/rules/match';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/defaults';
import { MAX_LIST_BYTES, subscriptionKey } from '../../../src/core/settings/subscription-copy';
import { createFakeStorage } from '../../../src/platform/fake-storage';

const listFile = (name: string) => readFileSync(new URL(`../../fixtures/pages/lists.example.org/${name}`, import.meta.url));
const GOOD_SHA256 = 'c3f508fc3b34bc01f578e8457f6591affdc5a39d1cc824893a2c7bf67380cbd6';

/** A real HTTP server whose answer the test sets, honouring ETag like a static file host. */
let server: Server;
let baseUrl: string;
let serving: { status: number; body: Buffer; etag?: string; location?: string };
let seenHeaders: IncomingHttpHeaders[];

beforeAll(async () => {
  server = createServer((request, response) => {
    seenHeaders.push(request.headers);
    if (serving.etag && request.headers['if-none-match'] === serving.etag) return void response.writeHead(304).end();
    response.writeHead(serving.status, {
      'content-type': 'application/json',
      ...(serving.etag ? { etag: serving.etag } : {}),
      ...(serving.location ? { location: serving.location } : {}),
    });
    response.end(serving.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  serving = { status: 200, body: listFile('good.json'), etag: '"v1"' };
  seenHeaders = [];
});

const subscription = (sha256?: string): Settings['subscriptions'][number] => ({
  url: `${baseUrl}/list.json`,
  enabled: true,
  addedAt: '2026-01-01T00:00:00.000Z',
  ...(sha256 ? { sha256 } : {}),
});

function deps() {
  let clock = Date.parse('2026-02-01T00:00:00.000Z');
  return { storage: createFakeStorage(), fetch, now: () => new Date((clock += 60_000)) };
}

describe('subscriptions', () => {
  it('fetch a list, then ask only whether it changed', async () => {
    const context = deps();
    const first = await refreshSubscription(subscription(), context);
    expect(first).toMatchObject({ list: { id: 'example-extra' }, etag: '"v1"', sha256: GOOD_SHA256 });
    expect(first.error).toBeUndefined();
    const second = await refreshSubscription(subscription(), context);
    expect(seenHeaders[1]!['if-none-match']).toBe('"v1"');
    expect(second.list).toEqual(first.list);
    expect(second.fetchedAt! > first.fetchedAt!).toBe(true);
  });

  it('take an updated list', async () => {
    const context = deps();
    await refreshSubscription(subscription(), context);
    serving = { status: 200, body: listFile('updated.json'), etag: '"v2"' };
    const copy = await refreshSubscription(subscription(), context);
    expect(copy.list?.entries.map((entry) => entry.id)).toEqual(['example-foundation', 'example-institute']);
  });

  it.each([
    ['a 404', () => ({ status: 404, body: Buffer.from('gone') }), /404/],
    ['a malformed file', () => ({ status: 200, body: listFile('malformed.json') }), /not a JSON file/],
    ['a file that is not a rule list', () => ({ status: 200, body: listFile('not-a-list.json') }), /not a valid rule list/],
    ['an oversized file', () => ({ status: 200, body: Buffer.alloc(MAX_LIST_BYTES + 1, 32) }), /larger than/],
  ])('keep the last good copy after %s, and say why', async (_name, answer, error) => {
    const context = deps();
    const good = await refreshSubscription(subscription(), context);
    serving = answer();
    const copy = await refreshSubscription(subscription(), context);
    expect(copy.error).toMatch(error);
    expect(copy.list).toEqual(good.list);
    expect(copy.fetchedAt).toBe(good.fetchedAt);
    expect(copy.checkedAt! > good.checkedAt!).toBe(true);
  });

  it('keep the last good copy when the file does not match its pinned SHA-256', async () => {
    const context = deps();
    const good = await refreshSubscription(subscription(GOOD_SHA256), context);
    expect(good.error).toBeUndefined();
    serving = { status: 200, body: listFile('updated.json'), etag: '"v2"' };
    const copy = await refreshSubscription(subscription(GOOD_SHA256), context);
    expect(copy.error).toMatch(/SHA-256/);
    expect(copy.list).toEqual(good.list);
  });

  it.each([
    ['plain HTTP', 'http://lists.example.org/list.json'],
    ['another address of the same server', '/moved.json'],
  ])('refuse a redirect to %s without following it, say what to do, and keep the last good copy', async (_name, location) => {
    const context = deps();
    const good = await refreshSubscription(subscription(), context);
    serving = { status: 301, body: Buffer.from(''), location };
    const copy = await refreshSubscription(subscription(), context);
    expect(copy.error).toBe("the list's address redirects elsewhere; subscribe to the final https:// address instead");
    expect(copy.list).toEqual(good.list);
    expect(seenHeaders).toHaveLength(2);
  });

  it('report an unreachable server without a copy', async () => {
    const context = deps();
    const copy = await refreshSubscription({ ...subscription(), url: 'http://127.0.0.1:9/list.json' }, context);
    expect(copy.error).toMatch(/could not reach/);
    expect(copy.list).toBeUndefined();
  });

  it('give the compiler the good copies of enabled subscriptions only, and drop copies of removed ones', async () => {
    const context = deps();
    const settings: Settings = { ...structuredClone(DEFAULT_SETTINGS), subscriptions: [subscription()] };
    await refreshSubscriptions(settings, context);
    expect((await subscribedLists(settings, context.storage)).map((list) => list.id)).toEqual(['example-extra']);
    const disabled = { ...settings, subscriptions: [{ ...subscription(), enabled: false }] };
    expect(await subscribedLists(disabled, context.storage)).toEqual([]);
    await refreshSubscriptions({ ...settings, subscriptions: [] }, context);
    expect(context.storage.dump('local')[subscriptionKey(subscription().url)]).toBeUndefined();
  });

  it('leave out a damaged stored copy, say why, and keep the other subscriptions and the bundled lists working', async () => {
    const context = deps();
    const good = subscription();
    const damaged = { ...subscription(), url: `${baseUrl}/damaged.json` };
    const settings: Settings = { ...structuredClone(DEFAULT_SETTINGS), subscriptions: [good, damaged] };
    await refreshSubscription(good, context);
    const goodList = (await readSubscriptionCopies(settings, context.storage))[0]!.list!;
    const { policy: _policy, ...withoutPolicy } = { ...goodList, id: 'damaged' };
    await context.storage.local.set({ [subscriptionKey(damaged.url)]: { url: damaged.url, list: withoutPolicy, etag: '"v1"' } });

    const copies = await readSubscriptionCopies(settings, context.storage);
    expect(copies[1]!.list).toBeUndefined();
    expect(copies[1]!.error).toMatch(/damaged.*policy/);
    expect((await subscribedLists(settings, context.storage)).map((list) => list.id)).toEqual(['example-extra']);

    const index = compileIndex([...BUNDLED_LISTS, ...(await subscribedLists(settings, context.storage))], DEFAULT_SETTINGS);
    expect(classifyUrl(index, 'https://www.rferl.org/').flagged).toBe(true);

    serving = { status: 200, body: listFile('good.json'), etag: '"v1"' };
    const refreshed = await refreshSubscription(damaged, context);
    expect(seenHeaders.at(-1)!['if-none-match']).toBeUndefined();
    expect(refreshed.list?.id).toBe('example-extra');
    expect(refreshed.error).toBeUndefined();
  });

  it('schedule the next update about a day later, within the jitter', () => {
    const now = Date.parse('2026-02-01T00:00:00.000Z');
    for (const random of [0, 0.5, 0.999]) {
      const delay = nextUpdateTime(now, random) - now;
      expect(delay).toBeGreaterThanOrEqual(22 * 3600_000);
      expect(delay).toBeLessThanOrEqual(26 * 3600_000);
    }
    expect(nextUpdateTime(now, 0)).not.toBe(nextUpdateTime(now, 0.999));
  });
});
