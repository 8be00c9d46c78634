import { hostSuffixes, webHostOf } from '../core/rules/hosts';
import { NOT_FLAGGED, type Verdict, type VerdictMatch } from '../core/verdict';

// A first, small bundled list: RFE/RL's English and Russian-language hosts.
const RFERL: VerdictMatch = {
  listId: 'ru-undesirable',
  entryId: 'rferl',
  organization: { en: 'Radio Free Europe/Radio Liberty', ru: 'Радио Свободная Европа/Радио Свобода' },
  jurisdictions: ['RU'],
  listedOn: '2024-02-20',
  sources: [{ publisher: 'RFE/RL', title: 'RFE/RL declared "undesirable" in Russia' }],
};
const DOMAINS = new Map<string, VerdictMatch>([
  ['rferl.org', RFERL],
  ['svoboda.org', RFERL],
  ['currenttime.tv', RFERL],
]);

export function classifyPage(url: string): Verdict {
  const host = webHostOf(url);
  if (!host) return NOT_FLAGGED;
  for (const suffix of hostSuffixes(host)) {
    const match = DOMAINS.get(suffix);
    if (match) {
      return {
        flagged: true,
        matches: [match],
        evidence: [{ kind: 'domain', detail: suffix, listId: match.listId, entryId: match.entryId }],
      };
    }
  }
  return NOT_FLAGGED;
}
