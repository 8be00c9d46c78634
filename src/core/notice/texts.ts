import type { Act } from '../acts';
import type { Language, LocalizedText } from '../i18n';
import type { Verdict } from '../verdict';

/**
 * Every text of the notice, as a template with {placeholders}, in every language. The user may
 * edit each one (settings.texts[key][language]); a rule list may bring its own (its `texts`);
 * English is the fallback for a language nobody wrote.
 */
export interface NoticeTextDefinition {
  key: NoticeTextKey;
  /** The placeholders this text may use, for the options page's editor. */
  placeholders: readonly string[];
  defaults: Required<LocalizedText>;
}

export const NOTICE_TEXT_KEYS = [
  'regionLabel',
  'headline',
  'listedFacts',
  'listedFactsUndated',
  'risk',
  'law',
  'penalty',
  'unverified',
  'unverifiedAccount',
  'whyToggle',
  'evidenceHeading',
  'evidence.domain',
  'evidence.account',
  'evidence.canonical',
  'evidence.publisher',
  'evidence.disclaimer',
  'lawHeading',
  'sourcesHeading',
  'continue',
  'goBack',
  'dismissHeading',
  'dismissSite',
  'dismissOrganization',
  'dismissAccount',
  'dismissSession',
  'movedHere',
] as const;
export type NoticeTextKey = (typeof NOTICE_TEXT_KEYS)[number];
export type NoticeTexts = Record<NoticeTextKey, string>;

const ORGANIZATION = ['organization'];

export const NOTICE_TEXTS: Record<NoticeTextKey, Omit<NoticeTextDefinition, 'key'>> = {
  regionLabel: {
    placeholders: ORGANIZATION,
    defaults: {
      en: 'Legal risk warning: {organization}',
      ru: 'Предупреждение о юридическом риске: {organization}',
      uk: 'Попередження про юридичний ризик: {organization}',
      be: 'Папярэджанне пра юрыдычную рызыку: {organization}',
    },
  },
  headline: {
    placeholders: ['organization', 'list', 'jurisdiction'],
    defaults: {
      en: '{organization} is on the list “{list}”',
      ru: '{organization} в списке «{list}»',
      uk: '{organization} у списку «{list}»',
      be: '{organization} у спісе «{list}»',
    },
  },
  listedFacts: {
    placeholders: ['jurisdiction', 'authority', 'listedOn'],
    defaults: {
      en: '{jurisdiction} · {authority} · listed on {listedOn}',
      ru: '{jurisdiction} · {authority} · в списке с {listedOn}',
      uk: '{jurisdiction} · {authority} · у списку з {listedOn}',
      be: '{jurisdiction} · {authority} · у спісе з {listedOn}',
    },
  },
  listedFactsUndated: {
    placeholders: ['jurisdiction', 'authority'],
    defaults: {
      en: '{jurisdiction} · {authority}',
      ru: '{jurisdiction} · {authority}',
      uk: '{jurisdiction} · {authority}',
      be: '{jurisdiction} · {authority}',
    },
  },
  risk: {
    placeholders: ['acts', 'organization'],
    defaults: {
      en: 'Reading is not punished; {acts} can be.',
      ru: 'Чтение не наказуемо; наказать могут за {acts}.',
      uk: 'Читання не карається; покарати можуть за {acts}.',
      be: 'Чытанне не караецца; пакараць могуць за {acts}.',
    },
  },
  law: {
    placeholders: ['law', 'penalties'],
    defaults: {
      en: 'Law: {law}.',
      ru: 'Закон: {law}.',
      uk: 'Закон: {law}.',
      be: 'Закон: {law}.',
    },
  },
  penalty: {
    placeholders: ['article', 'penalty'],
    defaults: {
      en: '{article}: {penalty}',
      ru: '{article}: {penalty}',
      uk: '{article}: {penalty}',
      be: '{article}: {penalty}',
    },
  },
  unverified: {
    placeholders: ORGANIZATION,
    defaults: {
      en: 'This site is linked to {organization} by third-party lists only.',
      ru: 'Этот сайт связывают с {organization} только сторонние списки.',
      uk: 'Цей сайт пов’язують з {organization} лише сторонні списки.',
      be: 'Гэты сайт звязваюць з {organization} толькі староннія спісы.',
    },
  },
  unverifiedAccount: {
    placeholders: ['detail', 'organization'],
    defaults: {
      en: 'This account ({detail}) is linked to {organization} by third-party lists only.',
      ru: 'Этот аккаунт ({detail}) связывают с {organization} только сторонние списки.',
      uk: 'Цей акаунт ({detail}) пов’язують з {organization} лише сторонні списки.',
      be: 'Гэты акаўнт ({detail}) звязваюць з {organization} толькі староннія спісы.',
    },
  },
  whyToggle: {
    placeholders: [],
    defaults: {
      en: 'Why am I seeing this?',
      ru: 'Почему я это вижу?',
      uk: 'Чому я це бачу?',
      be: 'Чаму я гэта бачу?',
    },
  },
  evidenceHeading: {
    placeholders: [],
    defaults: {
      en: 'What matched on this page',
      ru: 'Что совпало на этой странице',
      uk: 'Що збіглося на цій сторінці',
      be: 'Што супала на гэтай старонцы',
    },
  },
  'evidence.domain': {
    placeholders: ['detail', 'organization'],
    defaults: {
      en: 'The address {detail} is a site of {organization}.',
      ru: 'Адрес {detail} — сайт организации {organization}.',
      uk: 'Адреса {detail} — сайт організації {organization}.',
      be: 'Адрас {detail} — сайт арганізацыі {organization}.',
    },
  },
  'evidence.account': {
    placeholders: ['detail', 'organization'],
    defaults: {
      en: 'The account {detail} belongs to {organization}.',
      ru: 'Аккаунт {detail} принадлежит организации {organization}.',
      uk: 'Обліковий запис {detail} належить організації {organization}.',
      be: 'Уліковы запіс {detail} належыць арганізацыі {organization}.',
    },
  },
  'evidence.canonical': {
    placeholders: ['detail', 'organization'],
    defaults: {
      en: 'The page gives a site of {organization} as its own address ({detail}).',
      ru: 'Страница указывает своим адресом сайт организации {organization} ({detail}).',
      uk: 'Сторінка вказує своєю адресою сайт організації {organization} ({detail}).',
      be: 'Старонка паказвае сваім адрасам сайт арганізацыі {organization} ({detail}).',
    },
  },
  'evidence.publisher': {
    placeholders: ['detail', 'organization'],
    defaults: {
      en: 'The page names {organization} as its publisher ({detail}).',
      ru: 'Страница называет своим издателем {organization} ({detail}).',
      uk: 'Сторінка називає своїм видавцем {organization} ({detail}).',
      be: 'Старонка называе сваім выдаўцом {organization} ({detail}).',
    },
  },
  'evidence.disclaimer': {
    placeholders: ['detail', 'organization'],
    defaults: {
      en: 'The page carries a disclaimer about {organization} ({detail}).',
      ru: 'На странице есть пометка об организации {organization} ({detail}).',
      uk: 'На сторінці є позначка про організацію {organization} ({detail}).',
      be: 'На старонцы ёсць пазнака пра арганізацыю {organization} ({detail}).',
    },
  },
  lawHeading: {
    placeholders: [],
    defaults: { en: 'The law', ru: 'Закон', uk: 'Закон', be: 'Закон' },
  },
  sourcesHeading: {
    placeholders: [],
    defaults: { en: 'Sources', ru: 'Источники', uk: 'Джерела', be: 'Крыніцы' },
  },
  continue: {
    placeholders: [],
    defaults: {
      en: 'Continue to the page',
      ru: 'Перейти на страницу',
      uk: 'Перейти на сторінку',
      be: 'Перайсці на старонку',
    },
  },
  goBack: {
    placeholders: [],
    defaults: { en: 'Go back', ru: 'Вернуться назад', uk: 'Повернутися назад', be: 'Вярнуцца назад' },
  },
  movedHere: {
    placeholders: [],
    defaults: {
      en: 'The page kept removing this warning, so it is shown here, on a page of the extension that the site cannot change.',
      ru: 'Страница раз за разом убирала это предупреждение, поэтому оно показано здесь, на странице расширения, которую сайт изменить не может.',
      uk: 'Сторінка раз у раз прибирала це попередження, тому воно показане тут, на сторінці розширення, яку сайт змінити не може.',
      be: 'Старонка раз за разам прыбірала гэтае папярэджанне, таму яно паказана тут, на старонцы пашырэння, якую сайт змяніць не можа.',
    },
  },
  dismissHeading: {
    placeholders: [],
    defaults: {
      en: 'Don’t show this notice again',
      ru: 'Больше не показывать это предупреждение',
      uk: 'Більше не показувати це попередження',
      be: 'Больш не паказваць гэтае папярэджанне',
    },
  },
  dismissSite: {
    placeholders: [],
    defaults: {
      en: 'On this site',
      ru: 'На этом сайте',
      uk: 'На цьому сайті',
      be: 'На гэтым сайце',
    },
  },
  dismissOrganization: {
    placeholders: ORGANIZATION,
    defaults: {
      en: 'For this organization',
      ru: 'Для этой организации',
      uk: 'Для цієї організації',
      be: 'Для гэтай арганізацыі',
    },
  },
  dismissAccount: {
    placeholders: [],
    defaults: {
      en: 'For this account',
      ru: 'Для этого аккаунта',
      uk: 'Для цього акаунта',
      be: 'Для гэтага акаўнта',
    },
  },
  dismissSession: {
    placeholders: [],
    defaults: {
      en: 'Until the browser is closed',
      ru: 'До закрытия браузера',
      uk: 'До закриття браузера',
      be: 'Да закрыцця браўзера',
    },
  },
};

/** Every text key with its placeholders and defaults, in display order, for the options page. */
export const NOTICE_TEXT_DEFINITIONS: readonly NoticeTextDefinition[] = NOTICE_TEXT_KEYS.map((key) => ({
  key,
  ...NOTICE_TEXTS[key],
}));

/**
 * The acts as they fit in the `risk` sentence ("... {acts} can be"); in ru/uk/be after "за",
 * so in the accusative.
 */
export const ACT_WORDS: Record<Exclude<Act, 'read'>, Required<LocalizedText>> = {
  share: { en: 'sharing', ru: 'репост', uk: 'репост', be: 'рэпост' },
  like: { en: 'liking', ru: 'лайк', uk: 'вподобання', be: 'лайк' },
  comment: { en: 'commenting', ru: 'комментарий', uk: 'коментар', be: 'каментарый' },
  save: { en: 'saving', ru: 'сохранение', uk: 'збереження', be: 'захаванне' },
  copy: { en: 'copying', ru: 'копирование', uk: 'копіювання', be: 'капіраванне' },
  print: { en: 'printing', ru: 'печать', uk: 'друк', be: 'друк' },
  download: { en: 'downloading', ru: 'скачивание', uk: 'завантаження', be: 'спампоўванне' },
  donate: { en: 'donating', ru: 'пожертвование', uk: 'пожертву', be: 'ахвяраванне' },
  contact: { en: 'contacting', ru: 'контакт', uk: 'контакт', be: 'кантакт' },
  subscribe: { en: 'subscribing', ru: 'подписку', uk: 'підписку', be: 'падпіску' },
};

/** The last joiner of a list of acts: "sharing, liking or donating". */
export const LIST_OR: Required<LocalizedText> = { en: 'or', ru: 'или', uk: 'або', be: 'або' };

/** Jurisdiction names by ISO 3166-1 alpha-2 code; an unknown code is shown as it is. */
export const JURISDICTION_NAMES: Record<string, Required<LocalizedText>> = {
  RU: { en: 'Russia', ru: 'Россия', uk: 'Росія', be: 'Расія' },
  BY: { en: 'Belarus', ru: 'Беларусь', uk: 'Білорусь', be: 'Беларусь' },
};

/**
 * The texts to show in `language`: for each key the user's edit, else the list's own text, else
 * the default, in that language.
 */
export function resolveNoticeTexts(
  language: Language,
  userTexts: Readonly<Record<string, Partial<Record<Language, string>>>> = {},
  listTexts: Readonly<Record<string, LocalizedText>> = {},
): NoticeTexts {
  const resolved = {} as NoticeTexts;
  for (const key of NOTICE_TEXT_KEYS) {
    const user = Object.hasOwn(userTexts, key) ? userTexts[key] : undefined;
    const list = Object.hasOwn(listTexts, key) ? listTexts[key] : undefined;
    const defaults = NOTICE_TEXTS[key].defaults;
    // Every default exists in every language, so English only fills in for a missing language
    // through the defaults themselves: a text in the reader's language beats an edited English one.
    resolved[key] = nonEmpty(user?.[language]) ?? nonEmpty(list?.[language]) ?? defaults[language];
  }
  return resolved;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== '' ? text : undefined;
}

/**
 * The texts of a verdict's notice, and each matched list's own headline: a page on two lists says
 * what the organization is under each list's law ("undesirable" in Russia, "extremist" in Belarus).
 */
export type VerdictNoticeTexts = NoticeTexts & { listHeadlines?: Readonly<Record<string, string>> };

/** The texts for a verdict's notice: the first matched list's own texts count as the list's. */
export function noticeTextsFor(
  verdict: Verdict,
  language: Language,
  userTexts: Readonly<Record<string, Partial<Record<Language, string>>>> = {},
): VerdictNoticeTexts {
  const listHeadlines: Record<string, string> = {};
  for (const match of verdict.matches) {
    if (Object.hasOwn(listHeadlines, match.listId)) continue;
    listHeadlines[match.listId] = resolveNoticeTexts(language, userTexts, match.noticeTexts).headline;
  }
  return { ...resolveNoticeTexts(language, userTexts, verdict.matches[0]?.noticeTexts), listHeadlines };
}
