import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/i18n';
import { fillTemplate, placeholdersOf } from '../../../src/core/notice/template';
import { NOTICE_TEXT_DEFINITIONS, NOTICE_TEXT_KEYS, resolveNoticeTexts } from '../../../src/core/notice/texts';

describe('fillTemplate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('{organization} in {jurisdiction} ({typo})', { organization: 'RFE/RL', jurisdiction: 'Russia' }))
      .toBe('RFE/RL in Russia ({typo})');
  });

  it('inserts values as they are: markup stays text, replacement patterns are not interpreted', () => {
    expect(fillTemplate('x {a} y', { a: '<img src=x onerror=alert(1)>' })).toBe('x <img src=x onerror=alert(1)> y');
    expect(fillTemplate('{a}', { a: "$& $1 $' $`" })).toBe("$& $1 $' $`");
  });

  it('never fills from the object prototype', () => {
    expect(fillTemplate('{constructor} {toString} {__proto__}', {})).toBe('{constructor} {toString} {__proto__}');
  });

  it('returns every value unchanged whatever it contains', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (before, value) => {
      const template = `${before.replace(/[{}]/g, '')}{value}`;
      expect(fillTemplate(template, { value })).toBe(`${before.replace(/[{}]/g, '')}${value}`);
    }));
  });
});

describe('the notice texts', () => {
  it('exist for every key in every language, using only the declared placeholders, the same in each', () => {
    expect(NOTICE_TEXT_DEFINITIONS.map((definition) => definition.key)).toEqual([...NOTICE_TEXT_KEYS]);
    for (const { key, defaults, placeholders } of NOTICE_TEXT_DEFINITIONS) {
      const english = placeholdersOf(defaults.en).sort();
      for (const language of LANGUAGES) {
        const text = defaults[language];
        expect(text.trim(), `${key}.${language}`).not.toBe('');
        const used = placeholdersOf(text);
        expect(used.filter((name) => !placeholders.includes(name)), `${key}.${language}`).toEqual([]);
        expect(used.sort(), `${key}.${language}`).toEqual(english);
      }
    }
  });

  it('say that reading is not punished, in every language', () => {
    const risk = NOTICE_TEXT_DEFINITIONS.find((definition) => definition.key === 'risk')?.defaults;
    expect(risk?.en).toMatch(/^Reading is not punished/);
    expect(risk?.ru).toMatch(/^Чтение не наказуемо/);
    expect(risk?.uk).toMatch(/^Читання не карається/);
    expect(risk?.be).toMatch(/^Чытанне не караецца/);
  });
});

describe('resolveNoticeTexts', () => {
  it('prefers the user’s edit, then the list’s text, then the default, in the reader’s language', () => {
    const texts = resolveNoticeTexts(
      'ru',
      { headline: { ru: 'Моя версия' }, risk: { en: 'Only English edit' } },
      { headline: { en: 'List headline', ru: 'Заголовок списка' }, whyToggle: { en: 'List only in English' } },
    );
    expect(texts.headline).toBe('Моя версия');
    // An English edit does not replace a text the reader can read.
    expect(texts.risk).toMatch(/^Чтение не наказуемо/);
    expect(texts.whyToggle).toBe('Почему я это вижу?');
    expect(resolveNoticeTexts('en', {}, { headline: { en: 'List headline' } }).headline).toBe('List headline');
  });

  it('ignores blank edits and keys that are not notice texts', () => {
    const texts = resolveNoticeTexts('uk', { headline: { uk: '   ' }, toString: { uk: 'x' } });
    expect(texts.headline).toBe('{organization} у списку «{list}»');
    expect(Object.keys(texts)).toEqual([...NOTICE_TEXT_KEYS]);
  });
});
