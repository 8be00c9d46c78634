/** Languages the extension speaks. English is the fallback for every text. */
export const LANGUAGES = ['en', 'ru', 'uk', 'be'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LocalizedText = { en: string } & Partial<Record<Exclude<Language, 'en'>, string>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first supported language among the user's preferred ones (e.g. navigator.languages). */
export function pickLanguage(preferred: readonly string[], setting: Language | 'auto' = 'auto'): Language {
  if (setting !== 'auto') return setting;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en;
}
