import axe from 'axe-core';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { showConfirmDialog, type ConfirmDialogContent } from '../../../src/content/confirm/dialog';
import { guardTextsFor } from '../../../src/core/acts-texts';
import { button, installDialogSupport, openDialog, recordShadowRoots, settle, userClick } from './helpers';

const roots = recordShadowRoots();
const stop = new AbortController();
beforeAll(installDialogSupport);
afterEach(() => {
  for (const root of roots) root.querySelector('dialog[open]')?.dispatchEvent(new Event('cancel'));
});

function content(language: 'en' | 'be'): ConfirmDialogContent {
  const texts = guardTextsFor(language);
  return {
    language,
    title: texts.acts.share.title,
    organizationLine: texts.ui.organization.replace('{organization}', 'Радыё Свабода'),
    risk: texts.acts.share.risk,
    cancelLabel: texts.ui.cancel,
    continueLabel: texts.ui.continue,
    dontAskAgainLabel: texts.ui.dontAskAgain,
  };
}

it('is a modal alertdialog named by the act, described by the organization and the risk, with Cancel focused', async () => {
  const answer = showConfirmDialog(content('be'), stop.signal);
  const dialog = openDialog(roots)!;
  expect(dialog.getAttribute('role')).toBe('alertdialog');
  expect(dialog.getAttribute('aria-modal')).toBe('true');
  expect(dialog.lang).toBe('be');
  const root = dialog.getRootNode() as ShadowRoot;
  expect(root.mode).toBe('closed');
  const named = (ids: string) => ids.split(' ').map((id) => root.getElementById(id)?.textContent).join(' ');
  expect(named(dialog.getAttribute('aria-labelledby')!)).toBe('Падзяліцца гэтым матэрыялам?');
  expect(named(dialog.getAttribute('aria-describedby')!)).toContain('Радыё Свабода');
  expect(named(dialog.getAttribute('aria-describedby')!)).toContain('крымінальная справа');
  expect(root.activeElement).toBe(button(dialog, 'cancel'));
  expect(button(dialog, 'cancel').textContent).toBe('Скасаваць');

  // axe reads the dialog's markup as it is (jsdom does not paint: contrast is left to the browsers).
  const copy = document.createElement('div');
  copy.innerHTML = dialog.outerHTML;
  document.body.append(copy);
  const results = await axe.run(copy, { rules: { 'color-contrast': { enabled: false } } });
  copy.remove();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  userClick(button(dialog, 'cancel'));
  expect(await answer).toEqual({ proceed: false, dontAskAgain: false });
});

it('is cancelled when the guards stop, and answers "don\'t ask again" only with Continue', async () => {
  const guards = new AbortController();
  const cancelled = showConfirmDialog(content('en'), guards.signal);
  guards.abort();
  expect(await cancelled).toEqual({ proceed: false, dontAskAgain: false });
  expect(openDialog(roots)).toBeNull();

  const answer = showConfirmDialog(content('en'), stop.signal);
  const dialog = openDialog(roots)!;
  (dialog.querySelector('input[type="checkbox"]') as HTMLInputElement).checked = true;
  userClick(button(dialog, 'continue'));
  await settle();
  expect(await answer).toEqual({ proceed: true, dontAskAgain: true });
});
