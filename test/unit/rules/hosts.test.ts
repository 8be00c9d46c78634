import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostnameFromInput, hostSuffixes, webLocationOf } from '../../../src/core/rules/hosts';

describe('webLocationOf', () => {
  it.each([
    ['https://WWW.RFERL.ORG./A/B?c#d', { host: 'www.rferl.org', path: '/a/b' }],
    ['http://user:pw@rferl.org:8080/', { host: 'rferl.org', path: '/' }],
    ['https://münchen.example/x', { host: 'xn--mnchen-3ya.example', path: '/x' }],
    ['https://xn--mnchen-3ya.example/x', { host: 'xn--mnchen-3ya.example', path: '/x' }],
  ])('reduces %s', (url, location) => {
    expect(webLocationOf(url)).toEqual(location);
  });

  it.each(['http://10.0.0.1/', 'http://0x7f.1/', 'http://[2001:db8::1]/', 'data:text/html,x', 'chrome://settings', 'about:blank', 'https://', ''])(
    'gives nothing for %s',
    (url) => {
      expect(webLocationOf(url)).toBeNull();
    },
  );
});

describe('hostSuffixes', () => {
  it('walks from the full host to the last label', () => {
    expect([...hostSuffixes('a.b.rferl.org')]).toEqual(['a.b.rferl.org', 'b.rferl.org', 'rferl.org', 'org']);
  });
});

describe('hostnameFromInput', () => {
  it.each([
    ['https://www.Meduza.io/path', 'meduza.io'],
    ['  meduza.io  ', 'meduza.io'],
    ['meduza.io:443', 'meduza.io'],
    ['свобода.рф', domainToASCII('свобода.рф')],
  ])('turns %s into %s', (input, host) => {
    expect(hostnameFromInput(input)).toBe(host);
  });

  it.each(['', 'localhost', '127.0.0.1', 'not a host', 'ftp://x.org'])('refuses %s', (input) => {
    expect(hostnameFromInput(input)).toBeNull();
  });
});
