import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyUrl, classifyUrls } from '../../../src/core/rules/match';
import { evaluateSignals } from '../../../src/core/signals/evaluate';
import { sanitizePageSignals } from '../../../src/core/signals/types';
import { bundledIndex } from './helpers';

const index = bundledIndex({ jurisdictions: { russia: true, russianPassport: true, belarus: true, answered: true } });
const listedDomains = Object.keys(index.domains);
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);

describe('matcher properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constant('http://[::')), (url) => {
        expect(() => classifyUrl(index, url)).not.toThrow();
        expect(() => classifyUrls(index, [url, url])).not.toThrow();
      }),
    );
  });

  it('matches every subdomain of a listed domain, with any case, port, path and trailing dot', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...listedDomains),
        fc.array(label, { maxLength: 3 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.webPath(),
        (domain, labels, upper, port, path) => {
          const host = [...labels, domain].join('.');
          const url = `https://${upper ? host.toUpperCase() : host}.${port ? `:${port}` : ''}${path}`;
          const verdict = classifyUrl(index, url);
          expect(verdict.flagged).toBe(true);
          expect(verdict.evidence.some((evidence) => evidence.detail === domain)).toBe(true);
        },
      ),
    );
  });

  it('never matches look-alikes: a listed name with a prefix glued on, or followed by another domain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...listedDomains), label, label, (domain, prefix, suffix) => {
        fc.pre(!listedDomains.some((listed) => `${prefix}${domain}` === listed || `${prefix}${domain}`.endsWith(`.${listed}`)));
        expect(classifyUrl(index, `https://${prefix}${domain}/`).flagged).toBe(false);
        const other = `${suffix}.example`;
        expect(classifyUrl(index, `https://${domain}.${other}/`).flagged).toBe(false);
        expect(classifyUrl(index, `https://${domain}-${suffix}.com/`).flagged).toBe(false);
      }),
    );
  });

  it('classifies a batch exactly as one URL at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.webUrl(), fc.constantFrom('https://www.rferl.org/x', 'https://t.me/meduzalive/1', 'https://t.me/x')), { maxLength: 20 }), (urls) => {
        const batch = classifyUrls(index, urls);
        urls.forEach((url, i) => {
          expect(batch[i] !== null).toBe(classifyUrl(index, url).flagged);
        });
      }),
    );
  });
});

describe('signal evaluation properties', () => {
  it('never throws on anything a message can carry', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => evaluateSignals(sanitizePageSignals(raw), index)).not.toThrow();
      }),
    );
  });

  it('never flags on names alone, whatever the site calls itself', () => {
    const names = Object.keys(index.names);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { maxLength: 3 }), fc.array(fc.constantFrom(...names), { maxLength: 3 }), (siteNames, publishers) => {
        expect(evaluateSignals({ canonicalHost: null, ogUrlHost: null, siteNames, publishers, disclaimers: [] }, index)).toEqual([]);
      }),
    );
  });
});
