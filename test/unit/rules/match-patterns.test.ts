import { describe, expect, it } from 'vitest';
import { flaggedDomainPatterns, interstitialDomainPatterns } from '../../../src/core/rules/match-patterns';

const indexOf = (...hosts: string[]) => ({ domains: Object.fromEntries(hosts.map((host, i) => [host, [i]])), accounts: {} });

describe('flaggedDomainPatterns', () => {
  it('matches each domain and its subdomains over http and https, sorted', () => {
    expect(flaggedDomainPatterns(indexOf('rferl.org', 'meduza.io', 'xn--80ak6aa92e.com'))).toEqual([
      '*://*.meduza.io/*',
      '*://*.rferl.org/*',
      '*://*.xn--80ak6aa92e.com/*',
    ]);
  });

  it('leaves out subdomains of listed domains, addresses and names a pattern cannot hold', () => {
    const patterns = flaggedDomainPatterns(indexOf('svoboda.org', 'www.svoboda.org', 'en.news.svoboda.org', '10.0.0.1', 'localhost', 'com', '__proto__', 'a_b.com', 'bad-.org'));
    expect(patterns).toEqual(['*://*.svoboda.org/*']);
  });

  it('stops at the limit, so the browser never gets an oversized registration', () => {
    const hosts = Array.from({ length: 30 }, (_, i) => `site${String(i).padStart(2, '0')}.example`);
    const patterns = flaggedDomainPatterns(indexOf(...hosts), 10);
    expect(patterns).toHaveLength(10);
    expect(patterns[0]).toBe('*://*.site00.example/*');
  });

  it('adds the hosts of account rules after the domains, whole hosts only', () => {
    const index = { ...indexOf('meduza.io'), accounts: { 't.me': { meduzalive: [0] }, 'www.meduza.io': { x: [0] } } };
    expect(flaggedDomainPatterns(index)).toEqual(['*://*.meduza.io/*', '*://*.t.me/*']);
  });

  it('names for the cover only the domains whose list shows an interstitial', () => {
    const index = {
      domains: { 'rferl.org': [0], 'meduza.io': [1], 'www.rferl.org': [0] },
      entries: [{ listId: 'strict' }, { listId: 'calm' }],
      lists: { strict: { noticeMode: 'interstitial' as const }, calm: { noticeMode: 'banner' as const } },
    };
    expect(interstitialDomainPatterns(index as never)).toEqual(['*://*.rferl.org/*']);
    expect(interstitialDomainPatterns({ ...index, lists: { ...index.lists, strict: { noticeMode: 'banner' as const } } } as never)).toEqual([]);
  });
});
