import { describe, expect, it } from 'vitest';
import { ACT_TEXTS, GUARD_TEXTS, guardTextsFor } from '../../../src/core/acts-texts';
import { LANGUAGES } from '../../../src/core/i18n';
import { STRINGS } from '../../../src/options/strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('guard texts', () => {
  const all = [
    ...Object.entries(GUARD_TEXTS),
    ...Object.entries(ACT_TEXTS).flatMap(([act, texts]) => [[`${act}.title`, texts.title], [`${act}.risk`, texts.risk]] as const),
  ];

  it.each(all)('%s exists in every language with the same placeholders', (_key, text) => {
    for (const language of LANGUAGES) {
      const translated = text[language];
      expect(translated, language).toBeTruthy();
      expect(placeholders(translated ?? ''), language).toEqual(placeholders(text.en));
    }
  });

  it('gives a content script one language, falling back to English nowhere', () => {
    const russian = guardTextsFor('ru');
    expect(russian.acts.donate.title).toBe('Перевести деньги этой организации?');
    expect(russian.ui.cancel).toBe('Отмена');
    expect(Object.keys(russian.acts).sort()).toEqual(Object.keys(ACT_TEXTS).sort());
  });

  it('names, when an act is not allowed, the settings section where the reader can allow it', () => {
    for (const language of LANGUAGES) {
      expect(guardTextsFor(language).ui.blocked, language).toContain(STRINGS[language].actsTitle);
      expect(guardTextsFor(language).ui.blocked, language).not.toMatch(/policy|политик|політик|палітык/i);
    }
  });
});
