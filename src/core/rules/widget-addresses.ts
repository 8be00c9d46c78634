/**
 * Embedded widgets name the account whose post or video they show in their own address, not in
 * its path: VK's post and video widgets carry the owner's id (`owner_id=-12637912`, `oid=`), a
 * negative id being a community. This turns such an address into the account's own address, so
 * an embed is matched (and marked) like a link to that account. Telegram's post widget needs
 * nothing: its frame is t.me/<channel>/<post>?embed=1. A YouTube embed names only the video,
 * whose channel cannot be known without asking YouTube, which the extension never does.
 */

const VK_HOSTS = new Set(['vk.com', 'vk.ru', 'm.vk.com', 'm.vk.ru', 'www.vk.com']);
const VK_WIDGETS: Record<string, string> = { '/widget_post.php': 'owner_id', '/video_ext.php': 'oid' };

/** Whether a (lowercased) path is one of the widgets' own: a cheap test before parsing the address. */
export function isWidgetPath(path: string): boolean {
  return Object.hasOwn(VK_WIDGETS, path);
}

/** The account address a widget's address stands for, or null when it is no known widget. */
export function accountAddressOfWidget(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!VK_HOSTS.has(parsed.hostname.toLowerCase())) return null;
  const parameter = Object.hasOwn(VK_WIDGETS, parsed.pathname) ? VK_WIDGETS[parsed.pathname] : undefined;
  const owner = parameter === undefined ? null : parsed.searchParams.get(parameter);
  const match = owner === null ? null : /^(-?)(\d{1,12})$/.exec(owner);
  if (!match) return null;
  return match[1] ? `https://vk.com/public${match[2]}` : `https://vk.com/id${match[2]}`;
}
