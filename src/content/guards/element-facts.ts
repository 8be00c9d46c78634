import type { ActivationFacts, FormFacts } from '../../core/act-targets';

/** Controls a click can activate; the innermost one around the click target is read. */
const ACTIVATABLE =
  'a[href], area[href], button, input[type="button"], input[type="submit"], input[type="image"], [role="button"], [role="link"], [role="menuitem"]';
/** Visible text longer than this is content (an article title), not a control's label. */
const MAX_LABEL_TEXT = 60;

export function activatedElement(event: Event): HTMLElement | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const element = target.closest(ACTIVATABLE);
  return element instanceof HTMLElement ? element : null;
}

/** A submit button of a form is left to the submission guards, which also see Enter. */
export function isFormSubmitter(element: HTMLElement): boolean {
  return (
    (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) &&
    element.type === 'submit' &&
    element.form !== null
  );
}

/** The address a link leaves the page for; null for links to the same page or to script. */
export function leavingHref(element: HTMLElement): string | null {
  if (!(element instanceof HTMLAnchorElement || element instanceof HTMLAreaElement)) return null;
  const raw = element.getAttribute('href') ?? '';
  if (raw === '' || raw.startsWith('#') || /^\s*javascript:/i.test(raw)) return null;
  return element.href;
}

function labelOf(element: Element): string {
  const text = element.textContent ?? '';
  const parts = [
    element.getAttribute('aria-label'),
    element.getAttribute('title'),
    element.getAttribute('name'),
    element.getAttribute('data-action'),
    element instanceof HTMLInputElement ? element.value : null,
    text.length <= MAX_LABEL_TEXT ? text : null,
    typeof element.className === 'string' ? element.className : null,
    element.id,
  ];
  return parts.filter((part) => part).join(' ');
}

/** The control's name as a reader hears it: its aria-label, else its short visible text. */
function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  const text = (element.textContent ?? '').trim();
  return text.length <= MAX_LABEL_TEXT ? text : '';
}

export function activationFacts(element: HTMLElement): ActivationFacts {
  return {
    href: leavingHref(element),
    hasDownloadAttribute: element.hasAttribute('download'),
    label: labelOf(element),
    name: nameOf(element),
  };
}

const TEXT_LIKE = new Set(['text', 'email', 'url', 'tel', 'number', 'textarea', 'select-one', 'select-multiple']);

export function formFacts(form: HTMLFormElement, submitter: HTMLElement | null): FormFacts {
  let fieldCount = 0;
  let hasTextarea = false;
  let hasEmailField = false;
  let hasPasswordField = false;
  let isSearch = form.getAttribute('role') === 'search';
  for (const field of Array.from(form.elements)) {
    const type = (field as HTMLInputElement).type;
    if (TEXT_LIKE.has(type)) fieldCount++;
    if (type === 'textarea') hasTextarea = true;
    if (type === 'email' || (field as HTMLInputElement).autocomplete === 'email') hasEmailField = true;
    if (type === 'password') hasPasswordField = true;
    if (type === 'search') isSearch = true;
  }
  const label = [
    form.id,
    form.className,
    form.getAttribute('name'),
    form.getAttribute('action'),
    form.getAttribute('aria-label'),
    submitter ? labelOf(submitter) : null,
  ].filter((part) => part).join(' ');
  return { label, hasTextarea, hasEmailField, hasPasswordField, isSearch, fieldCount };
}
