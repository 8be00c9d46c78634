import type { Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';

/**
 * Small steps on the extension's own pages, done through the DOM so they behave the same in
 * Chromium (CDP) and Firefox (WebDriver BiDi).
 */

/** Every key the extension keeps in storage.local, read from one of its pages. */
export function readLocalStorage(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    // Firefox names the API `browser`, Chrome `chrome`; both return promises here.
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (scope.browser ?? scope.chrome).storage.local.get(null);
  });
}

/** The paths of the extension's own pages open in tabs. */
export function openExtensionPages(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (scope.browser ?? scope.chrome).extension.getViews({ type: 'tab' }).map((view) => view.location.pathname);
  });
}

/** Sets a field's value as typing would, then leaves it (input, then change). */
export function fillField(page: Page, selector: string, value: string): Promise<void> {
  return page.evaluate(
    (selector, value) => {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
      if (!field) throw new Error(`no field ${selector}`);
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );
}

/** Clicks the button inside `scope` whose text contains `text`. */
export function clickButton(page: Page, scope: string, text: string): Promise<void> {
  return page.evaluate(
    (scope, text) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((candidate) =>
        candidate.textContent?.includes(text),
      );
      if (!button) throw new Error(`no button "${text}" in ${scope}`);
      button.click();
    },
    scope,
    text,
  );
}

/** Gives a file input a file, as choosing it in the file dialog would. */
export function chooseFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  return page.evaluate(
    (selector, name, text) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no file input ${selector}`);
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    name,
    text,
  );
}

export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', selector);
}

/** Lets the page's renders and storage writes land before the next step. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
