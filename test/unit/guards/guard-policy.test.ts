import { describe, expect, it } from 'vitest';
import { DEFAULT_ACT_POLICY, effectivePolicy } from '../../../src/core/guard-policy';

describe('the policy a guard applies', () => {
  it('follows the verdict, else the default', () => {
    expect(effectivePolicy({ acts: { ...DEFAULT_ACT_POLICY, share: 'notice' } }, 'share', 'a.org', [])).toBe('notice');
    expect(effectivePolicy({}, 'share', 'a.org', [])).toBe('confirm');
    expect(effectivePolicy({}, 'read', 'a.org', [])).toBe('none');
  });

  it('drops questions the user declined for this act on this site and its subdomains only', () => {
    const exceptions = [{ host: 'rferl.org', act: 'share' as const }];
    expect(effectivePolicy({}, 'share', 'rferl.org', exceptions)).toBe('none');
    expect(effectivePolicy({}, 'share', 'www.rferl.org', exceptions)).toBe('none');
    expect(effectivePolicy({}, 'share', 'notrferl.org', exceptions)).toBe('confirm');
    expect(effectivePolicy({}, 'like', 'rferl.org', exceptions)).toBe('confirm');
  });

  it('keeps a block whatever the user chose before', () => {
    expect(effectivePolicy({}, 'donate', 'rferl.org', [{ host: 'rferl.org', act: 'donate' }])).toBe('block');
  });
});
