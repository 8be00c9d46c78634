/** The acts a rule list can warn about. Reading is listed so a list can say it is safe. */
export const ACTS = [
  'read', 'share', 'like', 'comment', 'save', 'copy', 'print', 'download', 'donate', 'contact', 'subscribe',
] as const;
export type Act = (typeof ACTS)[number];

/** How the extension reacts to an act: nothing, a hint, a confirmation, or a refusal. */
export const POLICIES = ['none', 'notice', 'confirm', 'block'] as const;
export type Policy = (typeof POLICIES)[number];

export type ActPolicy = Record<Act, Policy>;
