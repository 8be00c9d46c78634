import { isHostOrSubdomainOf } from './rules/hosts';
import type { Act } from './acts';

/**
 * Which risky act a click or a form submission on a flagged page would perform, from facts the
 * content script reads off the element. Pure, so the rules are tested in Node; they lean towards
 * asking, since they only run on pages already flagged.
 */

/** What a clicked link, button or control says about itself. */
export interface ActivationFacts {
  /**
   * The resolved href of a link that leaves the page; null for buttons, and for links that go
   * nowhere (#, javascript:), which are buttons in disguise and are read by their label.
   */
  href: string | null;
  hasDownloadAttribute: boolean;
  /** aria-label, title, value, short visible text, class and id, joined. */
  label: string;
  /** What the control is called (its aria-label, else its short visible text), trimmed. */
  name?: string;
}

/** What a submitted form says about itself. */
export interface FormFacts {
  /** id, class, name, action, aria-label and the submit button's text, joined. */
  label: string;
  hasTextarea: boolean;
  hasEmailField: boolean;
  hasPasswordField: boolean;
  isSearch: boolean;
  /** Text-like fields (text, email, url, tel, number, textarea, select). */
  fieldCount: number;
}

/** Host suffix -> path prefixes that open a share dialog ('' = any path). */
const SHARE_ENDPOINTS: Record<string, string[]> = {
  'facebook.com': ['/sharer', '/share.php', '/dialog/share', '/dialog/feed'],
  'twitter.com': ['/intent/', '/share'],
  'x.com': ['/intent/', '/share'],
  't.me': ['/share'],
  'telegram.me': ['/share'],
  'vk.com': ['/share.php'],
  'vk.ru': ['/share.php'],
  'connect.ok.ru': ['/offer', '/dk'],
  'api.whatsapp.com': ['/send'],
  'web.whatsapp.com': ['/send'],
  'wa.me': [''],
  'linkedin.com': ['/sharing/', '/sharearticle', '/cws/share'],
  'reddit.com': ['/submit'],
  'pinterest.com': ['/pin/create'],
  'tumblr.com': ['/widgets/share', '/share'],
  'bsky.app': ['/intent/compose'],
};
const SHARE_SCHEMES = ['tg:', 'whatsapp:', 'viber:'];
const DONATION_HOSTS = [
  'patreon.com', 'boosty.to', 'buymeacoffee.com', 'ko-fi.com', 'donorbox.org', 'liberapay.com', 'opencollective.com', 'paypal.me',
];
const DONATION_PATH = /\/(donate|donation|donations|support-us|pozhertvovat)(\/|$|\?|\.)/;
const DOCUMENT_OR_MEDIA = /\.(pdf|docx?|odt|rtf|epub|fb2|mobi|djvu|mp3|m4a|ogg|oga|opus|wav|flac|mp4|m4v|webm|mov|avi|mkv|zip|rar|7z)$/;

/** Forwarding a post to a chat (Telegram, VK) shares it too. */
const SHARE_WORDS = /share|repost|retweet|forward|подел|поділ|падзял|репост|рэпост|пересла|переслат|пераслаць/;
const COPY_LINK_WORDS = /copy[\s_-]?link|копир\S* ссылк|копіюв\S* посиланн|капіяв\S* спасылк/;
const DONATE_WORDS = /donat|пожертв|задонат|поддержать|підтрима|падтрыма|ахвяр|super ?thanks|суперспасибо/;
/**
 * Buttons that send a comment or a reply without a form (YouTube's comment box, VK's Send under
 * a post), by their whole name only: "Comments" or "12 replies" open a thread, they send nothing.
 */
const COMMENT_SEND_NAME = /^(comment|reply|post|send|post comment|add comment|submit comment|post reply|комментировать|оставить комментарий|прокомментировать|ответить|отправить|коментувати|залишити коментар|відповісти|надіслати|каментаваць|пакінуць каментар|адказаць|адправіць)$/;
/** Paid support by name: YouTube's Thanks and channel memberships ("Join this channel"). */
const DONATE_NAME = /^(thanks|join|join this channel|спасибо|спонсировать|спонсорувати|дякую|дзякуй)$/;
/**
 * "react" alone is left out: it is mostly the name of a page framework in class names
 * ("react-share__ShareButton", "react-root"), not a reaction button.
 */
const LIKE_WORDS = /(^|[^a-z])(like|likes|liked|reaction|reactions)([^a-z]|$)|нрав|лайк|вподоба|подобає|падабаецца|спадаба/;
/** Joining a channel or a community (Telegram, VK) is how one follows it there. */
/**
 * Keeping the material on a platform (YouTube's Save and Watch later, bookmarks on X and VK); a
 * bare "Save" is left out: on a site it is mostly a settings form.
 */
const SAVE_WORDS = /save to playlist|save to watch later|watch later|add to saved|bookmark|сохранить в|смотреть позже|в закладк|закладки|зберегти в|переглянути пізніше|у закладк|захаваць у|паглядзець пазней/;
const SUBSCRIBE_WORDS = /subscri|follow|newsletter|join (the )?(channel|group|community)|подпис|підпис|падпіс|рассылк|розсилк|рассыл|вступить|приєднат|далучыцца/;
const CONTACT_WORDS = /contact|feedback|связ|зв'яз|звʼяз|сувяз|обратн|зворотн|адваротн|написать нам|напишите нам/;
const COMMENT_WORDS = /comment|reply|коммент|коментар|каментар|ответ|відповід|адказ/;

function parse(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/** A share dialog of a social network or messenger, or an e-mail that carries a link. */
export function isShareUrl(href: string): boolean {
  const url = parse(href);
  if (!url) return false;
  if (SHARE_SCHEMES.includes(url.protocol)) return true;
  if (url.protocol === 'mailto:') return /https?:/i.test(decodeSafely(url.search));
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  for (const [suffix, prefixes] of Object.entries(SHARE_ENDPOINTS)) {
    if (isHostOrSubdomainOf(host, suffix) && prefixes.some((prefix) => path.startsWith(prefix))) return true;
  }
  return host.endsWith('ok.ru') && /widgetsharepreview|addshare/i.test(url.search);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function isDonationUrl(href: string): boolean {
  const url = parse(href);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  if (DONATION_HOSTS.some((suffix) => isHostOrSubdomainOf(host, suffix))) return true;
  if (isHostOrSubdomainOf(host, 'paypal.com') && path.startsWith('/donate')) return true;
  return DONATION_PATH.test(path);
}

export function isDocumentOrMediaUrl(href: string): boolean {
  const url = parse(href);
  return url !== null && DOCUMENT_OR_MEDIA.test(url.pathname.toLowerCase());
}

/** The act of a window a page's script opens (window.open): a share dialog, a donation page, or none. */
export function actOfOpenedWindow(href: string): 'share' | 'donate' | null {
  if (isShareUrl(href)) return 'share';
  return isDonationUrl(href) ? 'donate' : null;
}

/** The act a click on a link or control performs, or null when it is an ordinary click. */
export function actOfActivation(facts: ActivationFacts): Act | null {
  const label = facts.label.toLowerCase();
  if (facts.href !== null) {
    const scheme = parse(facts.href)?.protocol;
    if (scheme === 'mailto:') return isShareUrl(facts.href) ? 'share' : 'contact';
    if (isShareUrl(facts.href)) return 'share';
    if (isDonationUrl(facts.href) || DONATE_WORDS.test(label)) return 'donate';
    if (facts.hasDownloadAttribute || isDocumentOrMediaUrl(facts.href)) return 'download';
    // A link that goes somewhere is a navigation, whatever its text says.
    if (scheme === 'http:' || scheme === 'https:') return null;
  }
  const name = (facts.name ?? '').trim().toLowerCase();
  if (COMMENT_SEND_NAME.test(name)) return 'comment';
  if (DONATE_NAME.test(name)) return 'donate';
  if (COPY_LINK_WORDS.test(label)) return 'copy';
  if (SHARE_WORDS.test(label)) return 'share';
  if (DONATE_WORDS.test(label)) return 'donate';
  if (SAVE_WORDS.test(label)) return 'save';
  if (LIKE_WORDS.test(label)) return 'like';
  if (SUBSCRIBE_WORDS.test(label)) return 'subscribe';
  return null;
}

/** The act a form submission performs, or null for search, login and other forms. */
export function actOfForm(facts: FormFacts): Act | null {
  if (facts.hasPasswordField || facts.isSearch) return null;
  const label = facts.label.toLowerCase();
  if (DONATE_WORDS.test(label)) return 'donate';
  if (CONTACT_WORDS.test(label)) return 'contact';
  if (SUBSCRIBE_WORDS.test(label) || (facts.hasEmailField && !facts.hasTextarea && facts.fieldCount <= 2)) {
    return 'subscribe';
  }
  if (facts.hasTextarea || COMMENT_WORDS.test(label)) return 'comment';
  return null;
}
