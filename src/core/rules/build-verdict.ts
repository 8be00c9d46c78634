import { POLICIES, type ActPolicy, type Policy } from '../acts';
import { NOT_FLAGGED, type NoticeMode, type Verdict, type VerdictMatch } from '../verdict';
import { lookup, type CompiledIndex } from './compile';
import type { IndexedEvidence } from './match';

function stricter(a: Policy, b: Policy): Policy {
  return POLICIES.indexOf(a) >= POLICIES.indexOf(b) ? a : b;
}

function strictestActs(policies: readonly ActPolicy[]): ActPolicy | undefined {
  const [first, ...rest] = policies;
  if (first === undefined) return undefined;
  const result = { ...first };
  for (const policy of rest) {
    for (const act of Object.keys(result) as (keyof ActPolicy)[]) result[act] = stricter(result[act], policy[act]);
  }
  return result;
}

const matchCache = new WeakMap<CompiledIndex, Map<number, VerdictMatch>>();

/** What the notice needs about one entry; made once per entry of an index and shared (frozen). */
function matchOf(index: CompiledIndex, entry: number): VerdictMatch | undefined {
  let cache = matchCache.get(index);
  if (cache === undefined) matchCache.set(index, (cache = new Map()));
  const cached = cache.get(entry);
  if (cached !== undefined) return cached;
  const compiled = index.entries[entry];
  const list = compiled === undefined ? undefined : index.lists[compiled.listId];
  if (compiled === undefined || list === undefined) return undefined;
  const match: VerdictMatch = Object.freeze({
    listId: compiled.listId,
    entryId: compiled.entryId,
    organization: compiled.names,
    jurisdictions: list.jurisdictions,
    sources: compiled.sources,
    verified: compiled.verified,
    listTitle: list.title,
    authority: list.authority,
    lawSummary: list.lawSummary,
    legalBasis: list.legalBasis,
    ...(compiled.listedOn ? { listedOn: compiled.listedOn } : {}),
    ...(compiled.decidedOn ? { decidedOn: compiled.decidedOn } : {}),
    ...(compiled.registerEntry ? { registerEntry: compiled.registerEntry } : {}),
    ...(list.texts ? { noticeTexts: list.texts } : {}),
  });
  cache.set(entry, match);
  return match;
}

/**
 * Explains flagging evidence as a verdict: the organizations (one match per entry, in the order
 * first seen), their lists and jurisdictions, the strictest act policy over the matched lists
 * (already carrying the user's overrides), and the notice mode: an interstitial if any matched
 * list asks for one.
 */
export function buildVerdict(index: CompiledIndex, found: readonly IndexedEvidence[]): Verdict {
  if (found.length === 0) return NOT_FLAGGED;
  const matches: VerdictMatch[] = [];
  const seenEntries = new Set<number>();
  const listIds: string[] = [];
  for (const { entry } of found) {
    if (seenEntries.has(entry)) continue;
    const match = matchOf(index, entry);
    if (match === undefined) continue;
    seenEntries.add(entry);
    if (!listIds.includes(match.listId)) listIds.push(match.listId);
    matches.push(match);
  }
  if (matches.length === 0) return NOT_FLAGGED;
  const lists = listIds.map((id) => index.lists[id]).filter((list) => list !== undefined);
  const noticeMode: NoticeMode = lists.some((list) => list.noticeMode === 'interstitial') ? 'interstitial' : 'banner';
  const evidence = found
    .filter(({ entry }) => seenEntries.has(entry))
    .map(({ kind, detail, entry }) => ({
      kind,
      detail,
      listId: index.entries[entry]?.listId ?? '',
      entryId: index.entries[entry]?.entryId ?? '',
      ...(kind === 'account' && lookup(index.unverifiedAccounts, detail) ? { unverified: true as const } : {}),
    }));
  const acts = strictestActs(lists.map((list) => list.acts));
  return {
    flagged: true,
    matches,
    evidence,
    ...(acts ? { acts } : {}),
    lists: listIds,
    jurisdictions: [...new Set(lists.flatMap((list) => list.jurisdictions))],
    noticeMode,
  };
}
