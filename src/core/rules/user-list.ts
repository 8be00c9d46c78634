import type { Settings } from '../settings/defaults';
import { parseUserEntries, RULE_LIST_FORMAT, type RuleEntry, type RuleList } from './schema';

/** The user's layer, with their own entries typed as rule entries (validated on compile). */
export type UserRules = Omit<Settings['userRules'], 'entries'> & { entries: readonly unknown[] };

export const USER_LIST_ID = 'user';

/**
 * The user's own entries as a list of their own ("user"), active unless the user disables it, warning before every
 * risky act (a confirmation) but never about reading; the user can change that per act.
 * Invalid entries are dropped with a reason.
 */
export function userList(entries: readonly unknown[]): { list: RuleList; dropped: string[] } {
  const parsed = parseUserEntries(entries);
  const list: RuleList = {
    format: RULE_LIST_FORMAT,
    id: USER_LIST_ID,
    title: { en: 'Your own entries', ru: 'Ваши записи', uk: 'Ваші записи', be: 'Вашы запісы' },
    jurisdictions: [],
    authority: { en: 'You', ru: 'Вы', uk: 'Ви', be: 'Вы' },
    legalBasis: [],
    lawSummary: {
      en: 'You added this organization yourself.',
      ru: 'Вы добавили эту организацию сами.',
      uk: 'Ви додали цю організацію самі.',
      be: 'Вы дадалі гэтую арганізацыю самі.',
    },
    version: '2026-11-29',
    sources: [{ publisher: 'You' }],
    activeWhen: [],
    policy: {
      acts: {
        read: 'none', share: 'confirm', like: 'confirm', comment: 'confirm', save: 'confirm', copy: 'confirm',
        print: 'confirm', download: 'confirm', donate: 'confirm', contact: 'confirm', subscribe: 'confirm',
      },
      noticeMode: 'banner',
    },
    entries: parsed.entries satisfies RuleEntry[],
  };
  return { list, dropped: parsed.dropped };
}
