import type { VerdictMatch } from '../verdict';

/**
 * "listId/entryId": how settings.dismissedOrganizations names an organization. Its own module so
 * the content script can use it without bundling the notice texts.
 */
export function organizationKey(match: Pick<VerdictMatch, 'listId' | 'entryId'>): string {
  return `${match.listId}/${match.entryId}`;
}
