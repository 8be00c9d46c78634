import type { RuleList } from '../core/rules/schema';
import byExtremist from './by-extremist.json';
import ruUndesirable from './ru-undesirable.json';

/**
 * The lists shipped with the extension. They are checked against the schema by the data test
 * (test/unit/rules/bundled-lists.test.ts), not at run time, so valibot stays out of the bundles
 * that only read them.
 */
export const BUNDLED_LISTS: readonly RuleList[] = [ruUndesirable as RuleList, byExtremist as RuleList];
