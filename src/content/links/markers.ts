import type { GuardTexts } from '../../core/acts-texts';
import { localize, type Language } from '../../core/i18n';
import { fillTemplate } from '../../core/notice/template';
import type { LinkMatch } from '../../core/rules/match';

/**
 * A name made for this page load only (a letter, then random letters and digits): the marks carry
 * no fixed name a page could look for to learn that the extension is installed.
 */
function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte, index) => (index === 0 ? String.fromCharCode(97 + (byte % 26)) : (byte % 36).toString(36))).join('');
}

/**
 * Marks links and embeds of flagged organizations: a wavy underline (an outline for embeds) that
 * shifts no layout, a tooltip where the page set none, and an accessible description (one hidden
 * element per organization, referenced by aria-describedby) naming the organization and the risk.
 * Nothing is written before the first flagged link. The page can see the marks, as anyone looking
 * at it can: a page could add links to learn which sites are listed (docs/privacy.md says so, and
 * link marking can be turned off). The names used are made per page load and say nothing of us.
 */
export function createMarker(language: Language, texts: GuardTexts, signal: AbortSignal) {
  /**
   * What is written to the page: the mark, a note that the title is ours, the description ids.
   * Made with the first mark: a page with no flagged link costs no random numbers.
   */
  let names: { mark: string; ownTitle: string; prefix: string } | null = null;
  const namesInUse = () => (names ??= { mark: `data-${randomName()}`, ownTitle: `data-${randomName()}`, prefix: randomName() });
  const markerStyle = (mark: string) => `
a[${mark}], area[${mark}] { text-decoration: underline wavy #c5221f !important;
  text-decoration-skip-ink: none !important; text-underline-offset: .2em !important; }
iframe[${mark}] { outline: 3px dashed #c5221f !important; outline-offset: 2px !important; }
`;
  const descriptions = new Map<string, string>();
  let container: HTMLElement | null = null;
  let style: HTMLStyleElement | null = null;
  const marked = new Set<Element>();

  const setUp = () => {
    if (!style) {
      style = document.createElement('style');
      style.textContent = markerStyle(namesInUse().mark);
      container = document.createElement('div');
      container.hidden = true;
    }
    if (!style.isConnected) (document.head ?? document.documentElement).append(style);
    if (container && !container.isConnected) (document.body ?? document.documentElement).append(container);
  };

  const descriptionId = (text: string): string => {
    setUp();
    let id = descriptions.get(text);
    if (id === undefined || !container?.querySelector(`#${id}`)) {
      id = id ?? `${namesInUse().prefix}-${descriptions.size}`;
      const description = document.createElement('span');
      description.id = id;
      description.textContent = text;
      container?.append(description);
      descriptions.set(text, id);
    }
    return id;
  };

  const unmark = (element: Element) => {
    if (!marked.delete(element) || !names) return;
    const { mark, ownTitle, prefix } = names;
    element.removeAttribute(mark);
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && !id.startsWith(prefix));
    if (ids.length > 0) element.setAttribute('aria-describedby', ids.join(' '));
    else element.removeAttribute('aria-describedby');
    if (element.hasAttribute(ownTitle)) {
      element.removeAttribute('title');
      element.removeAttribute(ownTitle);
    }
  };

  signal.addEventListener('abort', () => {
    for (const element of [...marked]) unmark(element);
    style?.remove();
    container?.remove();
  }, { once: true });

  return {
    /** Whether this marker marked the element (a plain set lookup: no DOM access). */
    isMarked: (element: Element) => marked.has(element),
    mark(element: Element, match: LinkMatch) {
      if (signal.aborted) return;
      const organization = match.organizations.map((o) => localize(o.name, language)).join(', ');
      const text = fillTemplate(element instanceof HTMLIFrameElement ? texts.ui.flaggedEmbed : texts.ui.flaggedLink, { organization });
      const id = descriptionId(text);
      const { mark, ownTitle, prefix } = namesInUse();
      const describedBy = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((x) => x && !x.startsWith(prefix));
      element.setAttribute('aria-describedby', [...describedBy, id].join(' '));
      if (!element.hasAttribute('title')) {
        element.setAttribute('title', text);
        element.setAttribute(ownTitle, '');
      }
      element.setAttribute(mark, '');
      marked.add(element);
    },
    unmark,
  };
}
