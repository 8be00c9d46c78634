import type { Act } from './acts';
import { localize, type Language, type LocalizedText } from './i18n';

/**
 * Texts of the act guards: the confirmation that names the act and its risk, the hints, and the
 * link markers, in every language the extension speaks. `{name}` placeholders are filled with
 * fillTemplate (src/core/notice/template.ts). They live in the background's bundle; a content
 * script gets one language's texts from it. The organization is shown on its own line, so no
 * text has to inflect its name.
 */

/** Acts a guard can ask about, plus sending a flagged link from another site. */
export type GuardedAct = Exclude<Act, 'read'> | 'send-link';

interface ActTexts {
  /** The dialog's title: the act as a question. */
  title: LocalizedText;
  /** What the act risks, in one or two sentences. */
  risk: LocalizedText;
}

const KEEPING_RISK: LocalizedText = {
  en: 'A saved copy stays on your device; keeping such material can be punished, for example after a device check.',
  ru: 'Сохранённая копия остаётся на устройстве; за хранение таких материалов могут наказать, например после проверки телефона.',
  uk: 'Збережена копія залишається на пристрої; за зберігання таких матеріалів можуть покарати, наприклад після перевірки телефона.',
  be: 'Захаваная копія застаецца на прыладзе; за захоўванне такіх матэрыялаў могуць пакараць, напрыклад пасля праверкі тэлефона.',
};
const SHARING_RISK: LocalizedText = {
  en: 'Reposts of and links to this organization’s material have been punished as taking part in its activities: a fine first, a criminal case after a repeat.',
  ru: 'Репосты материалов этой организации и ссылки на них наказывали как участие в её деятельности: сначала штраф, при повторе — уголовное дело.',
  uk: 'Репости матеріалів цієї організації та посилання на них карали як участь у її діяльності: спершу штраф, у разі повторення — кримінальна справа.',
  be: 'Рэпосты матэрыялаў гэтай арганізацыі і спасылкі на іх каралі як удзел у яе дзейнасці: спачатку штраф, пры паўторы — крымінальная справа.',
};

export const ACT_TEXTS: Record<GuardedAct, ActTexts> = {
  share: {
    title: { en: 'Share this material?', ru: 'Поделиться этим материалом?', uk: 'Поділитися цим матеріалом?', be: 'Падзяліцца гэтым матэрыялам?' },
    risk: SHARING_RISK,
  },
  'send-link': {
    title: {
      en: 'Send a link to this organization’s site?',
      ru: 'Отправить ссылку на сайт этой организации?',
      uk: 'Надіслати посилання на сайт цієї організації?',
      be: 'Адправіць спасылку на сайт гэтай арганізацыі?',
    },
    risk: SHARING_RISK,
  },
  like: {
    title: { en: 'Like or react to this?', ru: 'Поставить лайк или реакцию?', uk: 'Поставити вподобання чи реакцію?', be: 'Паставіць лайк ці рэакцыю?' },
    risk: {
      en: 'A like or a reaction is seen by others and can be counted as support for the organization’s activities.',
      ru: 'Лайк или реакцию видят другие, и их могут засчитать как поддержку деятельности организации.',
      uk: 'Вподобання чи реакцію бачать інші, і їх можуть зарахувати як підтримку діяльності організації.',
      be: 'Лайк ці рэакцыю бачаць іншыя, і іх могуць залічыць як падтрымку дзейнасці арганізацыі.',
    },
  },
  comment: {
    title: { en: 'Post this comment?', ru: 'Отправить комментарий?', uk: 'Надіслати коментар?', be: 'Адправіць каментарый?' },
    risk: {
      en: 'A comment here is public and can be treated as taking part in the organization’s activities.',
      ru: 'Комментарий здесь публичен, и его могут расценить как участие в деятельности организации.',
      uk: 'Коментар тут публічний, і його можуть розцінити як участь у діяльності організації.',
      be: 'Каментарый тут публічны, і яго могуць расцаніць як удзел у дзейнасці арганізацыі.',
    },
  },
  subscribe: {
    title: { en: 'Subscribe to this organization?', ru: 'Подписаться на эту организацию?', uk: 'Підписатися на цю організацію?', be: 'Падпісацца на гэтую арганізацыю?' },
    risk: {
      en: 'A subscription leaves your e-mail or account on the organization’s lists, and subscribing has been treated as joining or supporting it.',
      ru: 'Подписка оставляет ваш e-mail или аккаунт в списках организации, а подписку расценивали как вступление в неё или поддержку.',
      uk: 'Підписка залишає вашу e-mail-адресу чи акаунт у списках організації, а підписку розцінювали як вступ до неї чи підтримку.',
      be: 'Падпіска пакідае ваш e-mail або акаўнт у спісах арганізацыі, а падпіску расцэньвалі як уступленне ў яе або падтрымку.',
    },
  },
  donate: {
    title: { en: 'Send money to this organization?', ru: 'Перевести деньги этой организации?', uk: 'Переказати гроші цій організації?', be: 'Пералічыць грошы гэтай арганізацыі?' },
    risk: {
      en: 'Giving money to an organization on this list is a crime from the very first payment, with no earlier fine needed: in Russia, up to 5 years in prison.',
      ru: 'Пожертвование организации из этого списка — уголовное преступление с первого же платежа, без всякого предварительного штрафа: в России до 5 лет лишения свободы.',
      uk: 'Пожертва організації з цього списку — кримінальний злочин із першого ж платежу, без жодного попереднього штрафу: у Росії до 5 років позбавлення волі.',
      be: 'Ахвяраванне арганізацыі з гэтага спіса — крымінальнае злачынства з першага ж плацяжу, без аніякага папярэдняга штрафу: у Расіі да 5 гадоў пазбаўлення волі.',
    },
  },
  contact: {
    title: { en: 'Contact this organization?', ru: 'Связаться с этой организацией?', uk: 'Зв’язатися з цією організацією?', be: 'Звязацца з гэтай арганізацыяй?' },
    risk: {
      en: 'Messages to the organization can become known to others and have been treated as taking part in its activities.',
      ru: 'Переписка с организацией может стать известна другим, и её расценивали как участие в её деятельности.',
      uk: 'Листування з організацією може стати відомим іншим, і його розцінювали як участь у її діяльності.',
      be: 'Перапіска з арганізацыяй можа стаць вядомай іншым, і яе расцэньвалі як удзел у яе дзейнасці.',
    },
  },
  save: {
    title: { en: 'Save this material?', ru: 'Сохранить этот материал?', uk: 'Зберегти цей матеріал?', be: 'Захаваць гэты матэрыял?' },
    risk: KEEPING_RISK,
  },
  print: {
    title: { en: 'Print this page?', ru: 'Распечатать эту страницу?', uk: 'Надрукувати цю сторінку?', be: 'Надрукаваць гэтую старонку?' },
    risk: KEEPING_RISK,
  },
  download: {
    title: { en: 'Download this file?', ru: 'Скачать этот файл?', uk: 'Завантажити цей файл?', be: 'Спампаваць гэты файл?' },
    risk: KEEPING_RISK,
  },
  copy: {
    title: { en: 'Copy from this page?', ru: 'Скопировать с этой страницы?', uk: 'Скопіювати з цієї сторінки?', be: 'Скапіяваць з гэтай старонкі?' },
    risk: {
      en: 'Pasting it elsewhere can count as sharing the organization’s material.',
      ru: 'Вставка в другом месте может считаться распространением материалов организации.',
      uk: 'Вставлення деінде можуть вважати поширенням матеріалів організації.',
      be: 'Устаўку ў іншым месцы могуць палічыць распаўсюджваннем матэрыялаў арганізацыі.',
    },
  },
};

export const GUARD_TEXTS = {
  organization: { en: 'Organization: {organization}', ru: 'Организация: {organization}', uk: 'Організація: {organization}', be: 'Арганізацыя: {organization}' },
  list: { en: 'List: {list}', ru: 'Список: {list}', uk: 'Список: {list}', be: 'Спіс: {list}' },
  cancel: { en: 'Cancel', ru: 'Отмена', uk: 'Скасувати', be: 'Скасаваць' },
  continue: { en: 'Continue', ru: 'Продолжить', uk: 'Продовжити', be: 'Працягнуць' },
  close: { en: 'Close', ru: 'Закрыть', uk: 'Закрити', be: 'Закрыць' },
  dontAskAgain: {
    en: 'Don’t ask again for this act on this site',
    ru: 'Больше не спрашивать об этом действии на этом сайте',
    uk: 'Більше не питати про цю дію на цьому сайті',
    be: 'Больш не пытацца пра гэтае дзеянне на гэтым сайце',
  },
  blocked: {
    en: 'The extension does not allow this on this site. To allow it, change “What to do before each act” in its settings.',
    ru: 'Расширение не разрешает это действие на этом сайте. Разрешить его можно в настройках: «Что делать перед каждым действием».',
    uk: 'Розширення не дозволяє цю дію на цьому сайті. Дозволити її можна в налаштуваннях: «Що робити перед кожною дією».',
    be: 'Пашырэнне не дазваляе гэтае дзеянне на гэтым сайце. Дазволіць яго можна ў наладах: «Што рабіць перад кожным дзеяннем».',
  },
  caution: { en: 'Careful: {risk}', ru: 'Осторожно: {risk}', uk: 'Обережно: {risk}', be: 'Асцярожна: {risk}' },
  copied: {
    en: 'Copied from a page of {organization}. {risk}',
    ru: 'Скопировано со страницы организации «{organization}». {risk}',
    uk: 'Скопійовано зі сторінки організації «{organization}». {risk}',
    be: 'Скапіявана са старонкі арганізацыі «{organization}». {risk}',
  },
  pressAgain: {
    en: 'Press {keys} again to save the page.',
    ru: 'Нажмите {keys} ещё раз, чтобы сохранить страницу.',
    uk: 'Натисніть {keys} ще раз, щоб зберегти сторінку.',
    be: 'Націсніце {keys} яшчэ раз, каб захаваць старонку.',
  },
  flaggedLink: {
    en: 'Link to {organization}, an organization on a list that applies to you: sharing it can be punished.',
    ru: 'Ссылка на организацию «{organization}» из списка, который применяется к вам: за её распространение могут наказать.',
    uk: 'Посилання на організацію «{organization}» зі списку, який застосовується до вас: за його поширення можуть покарати.',
    be: 'Спасылка на арганізацыю «{organization}» са спіса, які прымяняецца да вас: за яе распаўсюджванне могуць пакараць.',
  },
  flaggedEmbed: {
    en: 'Embedded material of {organization}, an organization on a list that applies to you: sharing it can be punished.',
    ru: 'Встроенный материал организации «{organization}» из списка, который применяется к вам: за его распространение могут наказать.',
    uk: 'Вбудований матеріал організації «{organization}» зі списку, який застосовується до вас: за його поширення можуть покарати.',
    be: 'Убудаваны матэрыял арганізацыі «{organization}» са спіса, які прымяняецца да вас: за яго распаўсюджванне могуць пакараць.',
  },
  pastedLink: {
    en: 'This is a link to {organization}, an organization on a list that applies to you. Sending it can be punished.',
    ru: 'Это ссылка на организацию «{organization}» из списка, который применяется к вам. За её отправку могут наказать.',
    uk: 'Це посилання на організацію «{organization}» зі списку, який застосовується до вас. За його надсилання можуть покарати.',
    be: 'Гэта спасылка на арганізацыю «{organization}» са спіса, які прымяняецца да вас. За яе адпраўку могуць пакараць.',
  },
} satisfies Record<string, LocalizedText>;

export type GuardTextKey = keyof typeof GUARD_TEXTS;

/** Every guard text in one language: what the background hands a content script (see guard-setup). */
export interface GuardTexts {
  acts: Record<GuardedAct, { title: string; risk: string }>;
  ui: Record<GuardTextKey, string>;
}

export function guardTextsFor(language: Language): GuardTexts {
  const acts = Object.fromEntries(
    Object.entries(ACT_TEXTS).map(([act, texts]) => [act, { title: localize(texts.title, language), risk: localize(texts.risk, language) }]),
  ) as GuardTexts['acts'];
  const ui = Object.fromEntries(
    Object.entries(GUARD_TEXTS).map(([key, text]) => [key, localize(text, language)]),
  ) as GuardTexts['ui'];
  return { acts, ui };
}
