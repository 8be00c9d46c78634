import { describe, expect, it } from 'vitest';
import { actOfActivation, actOfForm, isShareUrl, type FormFacts } from '../../../src/core/act-targets';

const link = (href: string, label = '', hasDownloadAttribute = false) => actOfActivation({ href, label, hasDownloadAttribute });
const control = (label: string) => actOfActivation({ href: null, label, hasDownloadAttribute: false });

describe('share endpoints', () => {
  it.each([
    'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.rferl.org%2Fa',
    'https://twitter.com/intent/tweet?url=https%3A%2F%2Fmeduza.io',
    'https://x.com/intent/post?text=a',
    'https://t.me/share/url?url=https%3A%2F%2Fwww.svoboda.org',
    'https://vk.com/share.php?url=https%3A%2F%2Fwww.svoboda.org',
    'https://connect.ok.ru/offer?url=https%3A%2F%2Fwww.svoboda.org',
    'https://api.whatsapp.com/send?text=https%3A%2F%2Fwww.svoboda.org',
    'https://www.linkedin.com/sharing/share-offsite/?url=x',
    'https://www.reddit.com/submit?url=x',
    'mailto:?subject=Look&body=https%3A%2F%2Fwww.rferl.org%2Fa%2F1.html',
    'tg://msg_url?url=x',
  ])('%s is a share link', (href) => {
    expect(isShareUrl(href)).toBe(true);
    expect(link(href)).toBe('share');
  });

  it.each([
    'https://www.facebook.com/rferl',
    'https://t.me/svobodaradio',
    'https://vk.com/svoboda',
    'https://www.rferl.org/a/share-prices.html',
  ])('%s is not', (href) => expect(isShareUrl(href)).toBe(false));
});

describe('what a click does', () => {
  it('reads links by where they go, not by their text', () => {
    expect(link('mailto:info@rferl.org')).toBe('contact');
    expect(link('https://www.rferl.org/donate')).toBe('donate');
    expect(link('https://www.patreon.com/someone')).toBe('donate');
    expect(link('https://www.rferl.org/files/report.pdf')).toBe('download');
    expect(link('https://www.rferl.org/audio/1', '', true)).toBe('download');
    expect(link('https://www.rferl.org/a/1.html', 'Share prices fall')).toBeNull();
    expect(link('https://www.rferl.org/support', 'Поддержать нас')).toBe('donate');
  });

  it('reads buttons by their label, in every language', () => {
    expect(control('Share')).toBe('share');
    expect(control('Поделиться')).toBe('share');
    expect(control('Поділитися')).toBe('share');
    expect(control('Падзяліцца')).toBe('share');
    expect(control('Copy link')).toBe('copy');
    expect(control('Скопировать ссылку')).toBe('copy');
    expect(control('like-button')).toBe('like');
    expect(control('Нравится')).toBe('like');
    expect(control('Likely outcome')).toBeNull();
    expect(control('Add a reaction')).toBe('like');
    // A framework's name in class names is no reaction button.
    expect(control('Telegram react-share__ShareButton')).toBe('share');
    expect(control('Open menu react-menu-button')).toBeNull();
    expect(control('Subscribe')).toBe('subscribe');
    expect(control('Подписаться')).toBe('subscribe');
    expect(control('Donate')).toBe('donate');
    expect(control('Read more')).toBeNull();
  });
});

describe('what a form does', () => {
  const form = (facts: Partial<FormFacts>) =>
    actOfForm({ label: '', hasTextarea: false, hasEmailField: false, hasPasswordField: false, isSearch: false, fieldCount: 1, ...facts });

  it('tells comment, newsletter, contact and donation forms apart', () => {
    expect(form({ hasTextarea: true, fieldCount: 3, label: 'comment-form /comments' })).toBe('comment');
    expect(form({ hasTextarea: true, fieldCount: 2 })).toBe('comment');
    expect(form({ hasEmailField: true, fieldCount: 1 })).toBe('subscribe');
    expect(form({ label: 'newsletter', fieldCount: 2 })).toBe('subscribe');
    expect(form({ label: 'contact-us', hasTextarea: true, hasEmailField: true, fieldCount: 3 })).toBe('contact');
    expect(form({ label: 'donate-form', fieldCount: 2 })).toBe('donate');
  });

  it('leaves search and sign-in forms alone', () => {
    expect(form({ isSearch: true })).toBeNull();
    expect(form({ hasPasswordField: true, hasEmailField: true })).toBeNull();
    expect(form({ label: 'filter', fieldCount: 1 })).toBeNull();
  });
});

describe('controls known by their whole name (platform buttons without a form)', () => {
  const named = (name: string, label = name) => actOfActivation({ href: null, label, name, hasDownloadAttribute: false });

  it.each(['Comment', 'Reply', 'Оставить комментарий', 'Ответить', 'Відповісти', 'Адказаць', 'Отправить', 'Send'])('%s sends a comment', (name) => {
    expect(named(name, `${name} yt-spec-button-shape-next`)).toBe('comment');
  });

  it.each(['Comments', '12 replies', 'View 1.2K comments', 'Комментарии'])('%s opens a thread and is no act', (name) => {
    expect(named(name)).toBeNull();
  });

  it.each(['Thanks', 'Join', 'Join this channel', 'Спасибо', 'Спонсировать'])('%s pays the channel', (name) => {
    expect(named(name)).toBe('donate');
  });

  it('YouTube\'s like and subscribe buttons are known by their labels', () => {
    expect(named('like this video along with 12,345 other people')).toBe('like');
    expect(named('Поставить отметку "Нравится" этому видео и ещё 12 345 пользователям')).toBe('like');
    expect(named('Subscribe to TV Rain.')).toBe('subscribe');
    expect(named('Подписаться на канал «Телеканал Дождь»')).toBe('subscribe');
  });

  it('Telegram and VK: joining follows, forwarding shares, a reaction likes', () => {
    expect(named('JOIN CHANNEL')).toBe('subscribe');
    expect(named('Вступить в группу')).toBe('subscribe');
    expect(named('Forward')).toBe('share');
    expect(named('Переслать')).toBe('share');
    expect(named('Нравится', 'Нравится PostBottomAction PostBottomAction--like')).toBe('like');
    expect(named('', 'reaction is-chosen')).toBe('like');
  });

  it('a platform\'s Save, Watch later and bookmark keep the material; a settings form\'s Save does not count', () => {
    expect(named('Save to playlist')).toBe('save');
    expect(named('Смотреть позже')).toBe('save');
    expect(named('Bookmark')).toBe('save');
    expect(named('Save')).toBeNull();
    expect(named('Сохранить')).toBeNull();
  });
});
