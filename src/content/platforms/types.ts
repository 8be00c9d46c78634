/**
 * A platform's adapter: which account the content in front of the reader belongs to, read from
 * the address and from what the platform renders for that content, kept current as the platform
 * moves between videos, posts or chats without reloading. One adapter per platform, one shape.
 */
export interface PlatformAdapter {
  /**
   * The account as its paths on the platform's host (['/@tvrain'], or the forms one account has:
   * VK's ['/club123', '/public123']); empty where the content belongs to no one account (a home
   * feed, a search) or the page has not shown it yet.
   */
  currentAccounts(): string[];
  /** Calls `changed` whenever the content in front of the reader may have changed, until `signal` aborts. */
  watch(changed: () => void, signal: AbortSignal): void;
  /** Where the platform shows many accounts' posts at once: how to tell whose each one is. */
  feed?: FeedItems;
}

/**
 * The posts of a feed (VK's news feed, X's timeline), each the content of one account, shown on a
 * page that itself belongs to no one: the acts on a listed account's post are asked about there.
 */
export interface FeedItems {
  /** Matches each post as a whole (its author line and its buttons inside). */
  itemSelector: string;
  /** The account whose content the post is (every form of it, and a reposted original's author), as paths on the platform's host. */
  ownerOf(item: Element): string[];
}
