/**
 * When a per-site record was made, to the day only (midnight UTC of that day, as an ISO
 * timestamp): an inspected device must not show at what time its owner was on a flagged site.
 */
export function dayOf(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T00:00:00.000Z`;
}
