import type { GuardTexts } from '../../core/acts-texts';
import { localize, type Language } from '../../core/i18n';
import { fillTemplate } from '../../core/notice/template';
import type { LinkMatch } from '../../core/rules/match';
import { linksInHtml, linksInText } from '../../core/text-links';
import { showConfirmDialog } from '../confirm/dialog';
import { isReplaying, replay } from '../guards/intercept';
import { linkKey, type LinkClassifier } from '../links/classifier';
import { editableField, fieldText, fieldsOfForm, isLongerThanMessage, isSendKey, type Field } from './fields';

export interface OutboundGuardOptions {
  classifier: LinkClassifier;
  language: Language;
  texts: GuardTexts;
  hint: (text: string) => void;
  signal: AbortSignal;
  /** The field the user typed into before the guard started, read once now; see src/content/main.ts. */
  typedField?: EventTarget | null;
}

/** Typing is read this long after the last key, so no keystroke waits for us. */
const TYPING_PAUSE_MS = 400;
const SEND_WORDS = /send|post|publish|reply|tweet|submit|отправ|опубликов|ответить|надісл|опублікув|відповіс|адправ|апублікав|адказаць/i;
const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"]';

interface FlaggedLink {
  field: Field;
  url: string;
  match: LinkMatch;
}

function keyOfUrl(url: string): string | null {
  try {
    const { hostname, pathname } = new URL(url);
    return linkKey(hostname, pathname);
  } catch {
    return null;
  }
}

/**
 * Watches what leaves this site: a link to a flagged organization pasted or typed into a field
 * gets a hint at once; sending it (form submission, Enter in a composer, a send button) asks
 * first. It never changes what is typed, never holds back a key it cannot decide at once, and
 * ignores keys while an input method composes.
 */
export function startOutboundGuard({ classifier, language, texts, hint, signal, typedField = null }: OutboundGuardOptions): void {
  /** Links the user already agreed to send from a field, so the same message is asked about once. */
  const confirmed = new WeakMap<Field, Set<string>>();
  const hinted = new Set<string>();
  let lastFlaggedField: Field | null = null;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let asking = false;
  /**
   * True from a trusted click or Enter until the task ends. A form's submit event is trusted even
   * when a page script calls form.requestSubmit(), so a submission counts as the user's only while
   * the user's own click or key is being handled.
   */
  let userActing = false;
  const noteUserAct = () => {
    if (userActing) return;
    userActing = true;
    setTimeout(() => { userActing = false; });
  };
  signal.addEventListener('abort', () => clearTimeout(typingTimer), { once: true });

  const organizationsOf = (matches: LinkMatch[]) =>
    [...new Set(matches.flatMap((m) => m.organizations.map((o) => localize(o.name, language))))].join(', ');

  const lookUp = (urls: string[]) =>
    Promise.all(urls.map(async (url) => {
      const key = keyOfUrl(url);
      return { url, match: key === null ? null : await classifier.lookup(key, url) };
    }));

  const hintAbout = async (field: Field, urls: string[]) => {
    const flagged = (await lookUp(urls)).filter((r) => r.match !== null);
    if (flagged.length === 0 || signal.aborted) return;
    lastFlaggedField = field;
    const fresh = flagged.filter((r) => !hinted.has(r.url));
    if (fresh.length === 0) return;
    for (const r of fresh) hinted.add(r.url);
    hint(fillTemplate(texts.ui.pastedLink, { organization: organizationsOf(fresh.map((r) => r.match as LinkMatch)) }));
  };

  /** Flagged links in the fields the user has not agreed to send yet; unknown ones are looked up. */
  const unconfirmedFlagged = async (fields: Field[]) => {
    const found: FlaggedLink[] = [];
    for (const field of fields) {
      const agreed = confirmed.get(field);
      for (const { url, match } of await lookUp(linksInText(fieldText(field)))) {
        if (match && !agreed?.has(url)) found.push({ field, url, match });
      }
    }
    return found;
  };

  /** Whether every link in the fields has been classified, and none needs asking about. */
  const clearSync = (fields: Field[]) =>
    fields.every((field) => linksInText(fieldText(field)).every((url) => {
      const key = keyOfUrl(url);
      const known = key === null ? null : classifier.known(key);
      return known === null || (known !== undefined && confirmed.get(field)?.has(url) === true);
    }));

  /** Asks about the flagged links found, if any; on Continue they count as agreed to, and it sends. */
  const askThenSend = (findFlagged: () => Promise<FlaggedLink[]>, send: () => void) => {
    if (asking) return;
    asking = true;
    void (async () => {
      try {
        const flagged = await findFlagged();
        if (flagged.length > 0) {
          const answer = await showConfirmDialog({
            language,
            title: texts.acts['send-link'].title,
            organizationLine: fillTemplate(texts.ui.organization, { organization: organizationsOf(flagged.map((f) => f.match)) }),
            risk: texts.acts['send-link'].risk,
            cancelLabel: texts.ui.cancel,
            continueLabel: texts.ui.continue,
          }, signal);
          if (!answer.proceed) return;
          for (const { field, url } of flagged) {
            const agreed = confirmed.get(field) ?? new Set<string>();
            agreed.add(url);
            confirmed.set(field, agreed);
          }
        }
        if (!signal.aborted) replay(send);
      } finally {
        asking = false;
      }
    })();
  };

  /** Stops a submission or a send button while its links are checked; asks if one is flagged; then sends as asked. */
  const guardSend = (event: Event, fields: Field[], send: () => void) => {
    if (isReplaying() || fields.length === 0 || clearSync(fields)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    askThenSend(() => unconfirmedFlagged(fields), send);
  };

  /**
   * Decides an Enter at once, from links already classified (by a paste, a typing pause, or link
   * marking): a held-back Enter pressed again by script is lost in composers that ignore keys a
   * script made, so only a link known to be flagged stops the key. A link not classified yet lets
   * it pass and is looked up for the next time.
   */
  const guardEnter = (event: KeyboardEvent, field: Field, send: () => void) => {
    if (isReplaying()) return;
    const text = fieldText(field);
    if (isLongerThanMessage(text)) return;
    const flagged: FlaggedLink[] = [];
    const unknown: string[] = [];
    for (const url of linksInText(text)) {
      const key = keyOfUrl(url);
      const known = key === null ? null : classifier.known(key);
      if (known === undefined) unknown.push(url);
      else if (known !== null && confirmed.get(field)?.has(url) !== true) flagged.push({ field, url, match: known });
    }
    if (unknown.length > 0) void lookUp(unknown);
    if (flagged.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    askThenSend(() => Promise.resolve(flagged), send);
  };

  // Every listener ignores events a page script made: a page must not be able to raise a hint or
  // a question (which would tell it the extension is there and which sites it lists), nor have
  // its own handlers skipped.
  const options = { capture: true, signal };
  document.addEventListener('paste', (event) => {
    if (!event.isTrusted) return;
    const field = editableField(event.target);
    const data = event.clipboardData;
    if (!field || !data) return;
    const urls = [...linksInText(data.getData('text/plain')), ...linksInHtml(data.getData('text/html'))];
    if (urls.length > 0) void hintAbout(field, urls);
  }, options);

  document.addEventListener('input', (event) => {
    if (!event.isTrusted || (event as InputEvent).isComposing) return;
    const field = editableField(event.target);
    if (!field) return;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const urls = linksInText(fieldText(field));
      if (urls.length > 0) void hintAbout(field, urls);
    }, TYPING_PAUSE_MS);
  }, options);

  window.addEventListener('submit', (event) => {
    const form = event.target;
    if (!event.isTrusted || !userActing || !(form instanceof HTMLFormElement)) return;
    const submitter = event.submitter;
    guardSend(event, fieldsOfForm(form), () => {
      const sameButton = submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement;
      if (sameButton && submitter.form === form && submitter.isConnected) form.requestSubmit(submitter);
      else form.requestSubmit();
    });
  }, options);

  // Enter in a text input submits its form from the keypress, which may come in a task of its own.
  window.addEventListener('keypress', (event) => {
    if (event.isTrusted && event.key === 'Enter') noteUserAct();
  }, options);

  window.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    if (event.key === 'Enter') noteUserAct();
    const field = editableField(event.target);
    if (!field || !isSendKey(event, field)) return;
    const target = event.target as Element;
    const init: KeyboardEventInit = {
      key: event.key, code: event.code, keyCode: event.keyCode, which: event.which,
      ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true,
    } as KeyboardEventInit;
    // Continue presses Enter again for the composer; a composer that ignores script-made keys
    // sends on the user's next Enter, which passes because its links are now agreed to.
    guardEnter(event, field, () => {
      for (const type of ['keydown', 'keypress', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, init));
    });
  }, options);

  window.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    noteUserAct();
    const control = event.target instanceof Element ? event.target.closest(CONTROL) : null;
    if (!(control instanceof HTMLElement) || !lastFlaggedField?.isConnected) return;
    if ((control instanceof HTMLButtonElement || control instanceof HTMLInputElement) && control.type === 'submit' && control.form) return;
    const label = `${control.getAttribute('aria-label') ?? ''} ${control.title} ${(control.textContent ?? '').slice(0, 40)} ${control.className}`;
    if (!SEND_WORDS.test(label)) return;
    guardSend(event, [lastFlaggedField], () => control.click());
  }, options);

  // The guard starts after the page has loaded: what the user typed before then is read once now,
  // so a flagged link written early still gets its hint.
  const early = editableField(typedField);
  const typedBefore = early?.isConnected ? linksInText(fieldText(early)) : [];
  if (early && typedBefore.length > 0) void hintAbout(early, typedBefore);
}
