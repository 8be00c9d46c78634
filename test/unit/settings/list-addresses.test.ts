import { describe, expect, it } from 'vitest';
import { isAllowedListUrl } from '../../../src/core/settings/subscription-copy';

describe('the addresses a list may be subscribed from', () => {
  it('takes https addresses on the internet, and this device itself for drafts', () => {
    for (const url of [
      'https://lists.example.org/ru.json',
      'https://203.0.113.7/list.json',
      'https://[2001:db8::1]/list.json',
      'http://localhost:8080/draft.json',
      'http://127.0.0.1/draft.json',
      'https://localhost/draft.json',
    ]) expect(isAllowedListUrl(url), url).toBe(true);
  });

  it('refuses the reader\'s own network: private, loopback, link-local and shared ranges, local names, IPv6 local literals', () => {
    for (const url of [
      'https://10.0.0.1/list.json',
      'https://172.16.5.4/list.json',
      'https://172.31.255.255/list.json',
      'https://192.168.1.1/list.json',
      'https://169.254.169.254/latest/meta-data',
      'https://127.0.0.2/list.json',
      'https://100.64.0.1/list.json',
      'https://0.0.0.0/list.json',
      'https://[::1]/list.json',
      'https://[fd00::1]/list.json',
      'https://[fe80::1]/list.json',
      'https://[::ffff:192.168.0.1]/list.json',
      'https://router/list.json',
      'https://nas.local/list.json',
      'https://printer.home.arpa/list.json',
      'https://dev.localhost/list.json',
      'http://lists.example.org/ru.json',
      'http://192.168.1.1/list.json',
      'ftp://lists.example.org/ru.json',
      'https://user:secret@lists.example.org/ru.json',
    ]) expect(isAllowedListUrl(url), url).toBe(false);
  });
});
