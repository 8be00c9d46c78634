import type { Language } from '../core/i18n';
import type { EvidenceKind } from '../core/verdict';

/**
 * Every text of the popup and of the link check window, in the four languages. `{name}` marks a
 * value filled in by `translate`.
 */
const en = {
  appName: 'Regional Legal Warnings',
  linkTitle: 'Check this link',
  statusHeading: 'This site',
  linkStatusHeading: 'This link',
  flagged: 'This site belongs to an organization on a list that applies to you: {list}.',
  linkFlagged: 'This link leads to an organization on a list that applies to you: {list}.',
  paused: 'Warnings are paused on this site. It belongs to an organization on a list that applies to you: {list}.',
  clear: '{host} is not on any of your active lists.',
  linkClear: 'This link does not lead to any organization on your active lists.',
  unchecked: 'The extension does not check this page.',
  loading: 'Checking…',
  organization: 'Organization',
  list: 'List',
  listedOn: 'Listed on',
  decidedOn: 'Decision of',
  why: 'Why',
  unverified: 'The link between this site and the organization rests on a third party’s list only.',
  evidence_domain: 'The address of the site: {detail}',
  evidence_account: 'The account: {detail}',
  evidence_canonical: 'The page’s own address: {detail}',
  evidence_publisher: 'The page names its publisher: {detail}',
  evidence_disclaimer: 'The page carries the label: {detail}',
  actions: 'Actions',
  pause: 'Pause on this site',
  resume: 'Resume on this site',
  showNotice: 'Show the notice again',
  showNoticeFailed: 'The page did not answer. Reload it to see the notice.',
  openOptions: 'Settings',
  listsHeading: 'Active lists',
  listsNone: 'No list is active. Choose where the law applies to you in the settings.',
  listBundled: 'bundled list of {date}',
  listUpdated: 'updated {when}',
  listNotFetched: 'not fetched yet',
};

export type StringKey = keyof typeof en;
type Dictionary = Record<StringKey, string>;

const ru: Dictionary = {
  appName: 'Региональные правовые предупреждения',
  linkTitle: 'Проверить эту ссылку',
  statusHeading: 'Этот сайт',
  linkStatusHeading: 'Эта ссылка',
  flagged: 'Этот сайт принадлежит организации из списка, который применяется к вам: {list}.',
  linkFlagged: 'Эта ссылка ведёт к организации из списка, который применяется к вам: {list}.',
  paused: 'Предупреждения на этом сайте приостановлены. Он принадлежит организации из списка, который применяется к вам: {list}.',
  clear: '{host} нет ни в одном из ваших активных списков.',
  linkClear: 'Эта ссылка не ведёт ни к одной организации из ваших активных списков.',
  unchecked: 'Расширение не проверяет эту страницу.',
  loading: 'Проверка…',
  organization: 'Организация',
  list: 'Список',
  listedOn: 'Внесена в список',
  decidedOn: 'Решение от',
  why: 'Почему',
  unverified: 'Связь этого сайта с организацией подтверждена только сторонним списком.',
  evidence_domain: 'Адрес сайта: {detail}',
  evidence_account: 'Аккаунт: {detail}',
  evidence_canonical: 'Собственный адрес страницы: {detail}',
  evidence_publisher: 'Страница называет своего издателя: {detail}',
  evidence_disclaimer: 'На странице есть пометка: {detail}',
  actions: 'Действия',
  pause: 'Приостановить на этом сайте',
  resume: 'Возобновить на этом сайте',
  showNotice: 'Показать предупреждение снова',
  showNoticeFailed: 'Страница не ответила. Перезагрузите её, чтобы увидеть предупреждение.',
  openOptions: 'Настройки',
  listsHeading: 'Активные списки',
  listsNone: 'Ни один список не активен. Укажите в настройках, где к вам применяется закон.',
  listBundled: 'встроенный список от {date}',
  listUpdated: 'обновлён {when}',
  listNotFetched: 'ещё не загружен',
};

const uk: Dictionary = {
  appName: 'Регіональні правові попередження',
  linkTitle: 'Перевірити це посилання',
  statusHeading: 'Цей сайт',
  linkStatusHeading: 'Це посилання',
  flagged: 'Цей сайт належить організації зі списку, який застосовується до вас: {list}.',
  linkFlagged: 'Це посилання веде до організації зі списку, який застосовується до вас: {list}.',
  paused: 'Попередження на цьому сайті призупинено. Він належить організації зі списку, який застосовується до вас: {list}.',
  clear: '{host} немає в жодному з ваших активних списків.',
  linkClear: 'Це посилання не веде до жодної організації з ваших активних списків.',
  unchecked: 'Розширення не перевіряє цю сторінку.',
  loading: 'Перевірка…',
  organization: 'Організація',
  list: 'Список',
  listedOn: 'Внесено до списку',
  decidedOn: 'Рішення від',
  why: 'Чому',
  unverified: 'Зв’язок цього сайту з організацією підтверджено лише стороннім списком.',
  evidence_domain: 'Адреса сайту: {detail}',
  evidence_account: 'Акаунт: {detail}',
  evidence_canonical: 'Власна адреса сторінки: {detail}',
  evidence_publisher: 'Сторінка називає свого видавця: {detail}',
  evidence_disclaimer: 'На сторінці є позначка: {detail}',
  actions: 'Дії',
  pause: 'Призупинити на цьому сайті',
  resume: 'Відновити на цьому сайті',
  showNotice: 'Показати попередження знову',
  showNoticeFailed: 'Сторінка не відповіла. Перезавантажте її, щоб побачити попередження.',
  openOptions: 'Налаштування',
  listsHeading: 'Активні списки',
  listsNone: 'Жоден список не активний. Вкажіть у налаштуваннях, де до вас застосовується закон.',
  listBundled: 'вбудований список від {date}',
  listUpdated: 'оновлено {when}',
  listNotFetched: 'ще не завантажено',
};

const be: Dictionary = {
  appName: 'Рэгіянальныя прававыя папярэджанні',
  linkTitle: 'Праверыць гэтую спасылку',
  statusHeading: 'Гэты сайт',
  linkStatusHeading: 'Гэтая спасылка',
  flagged: 'Гэты сайт належыць арганізацыі са спіса, які ўжываецца да вас: {list}.',
  linkFlagged: 'Гэтая спасылка вядзе да арганізацыі са спіса, які ўжываецца да вас: {list}.',
  paused: 'Папярэджанні на гэтым сайце прыпыненыя. Ён належыць арганізацыі са спіса, які ўжываецца да вас: {list}.',
  clear: '{host} няма ні ў адным з вашых актыўных спісаў.',
  linkClear: 'Гэтая спасылка не вядзе ні да адной арганізацыі з вашых актыўных спісаў.',
  unchecked: 'Пашырэнне не правярае гэтую старонку.',
  loading: 'Праверка…',
  organization: 'Арганізацыя',
  list: 'Спіс',
  listedOn: 'Унесена ў спіс',
  decidedOn: 'Рашэнне ад',
  why: 'Чаму',
  unverified: 'Сувязь гэтага сайта з арганізацыяй пацверджана толькі старонім спісам.',
  evidence_domain: 'Адрас сайта: {detail}',
  evidence_account: 'Акаўнт: {detail}',
  evidence_canonical: 'Уласны адрас старонкі: {detail}',
  evidence_publisher: 'Старонка называе свайго выдаўца: {detail}',
  evidence_disclaimer: 'На старонцы ёсць пазнака: {detail}',
  actions: 'Дзеянні',
  pause: 'Прыпыніць на гэтым сайце',
  resume: 'Аднавіць на гэтым сайце',
  showNotice: 'Паказаць папярэджанне зноў',
  showNoticeFailed: 'Старонка не адказала. Перазагрузіце яе, каб убачыць папярэджанне.',
  openOptions: 'Налады',
  listsHeading: 'Актыўныя спісы',
  listsNone: 'Ніводны спіс не актыўны. Пазначце ў наладах, дзе да вас ужываецца закон.',
  listBundled: 'убудаваны спіс ад {date}',
  listUpdated: 'абноўлены {when}',
  listNotFetched: 'яшчэ не загружаны',
};

export const POPUP_STRINGS: Record<Language, Dictionary> = { en, ru, uk, be };

export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const dictionary = POPUP_STRINGS[language];
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
}

export const evidenceKey = (kind: EvidenceKind): StringKey => `evidence_${kind}`;
