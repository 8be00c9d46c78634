import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/core/i18n';
import { buildNoticeModel, type NoticeModel } from '../../../src/core/notice/model';
import { noticeTextsFor } from '../../../src/core/notice/texts';
import { classifyUrl } from '../../../src/core/rules/match';
import type { NoticeMode } from '../../../src/core/verdict';
import { renderNotice } from '../../../src/content/notice/render';
import { bundledIndex } from '../../unit/rules/helpers';

function model(language: Language, mode: NoticeMode = 'banner'): NoticeModel {
  const verdict = classifyUrl(bundledIndex(), 'https://www.rferl.org/a/russia-article.html');
  return buildNoticeModel(verdict, noticeTextsFor(verdict, language), language, mode);
}

const controllers: AbortController[] = [];
afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  document.body.replaceChildren();
});

function draw(notice: NoticeModel, onDismiss: (scope: string) => void = () => {}) {
  const controller = new AbortController();
  controllers.push(controller);
  const container = document.createElement('div');
  document.body.append(container);
  const view = renderNotice(container, notice, { onDismiss }, controller.signal, { preview: true });
  return { container, view, controller };
}

async function violations(container: HTMLElement): Promise<string[]> {
  // jsdom does not lay out or paint, so contrast is checked in the real-browser screenshots.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the banner', () => {
  it('is a labelled region in the reader’s language with the facts, the risk and a details toggle', async () => {
    const { container } = draw(model('ru'));
    const region = container.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('Предупреждение о юридическом риске: Радио Свободная Европа/Радио Свобода');
    expect(region?.getAttribute('lang')).toBe('ru');
    expect(region?.getAttribute('dir')).toBe('ltr');
    expect(region?.textContent).toContain('Чтение не наказуемо');
    const toggle = container.querySelector('button[aria-controls]');
    expect(toggle?.textContent).toBe('Почему я это вижу?');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    const details = container.querySelector(`#${toggle?.getAttribute('aria-controls')}`) as HTMLElement;
    expect(details.hidden).toBe(true);
    expect(details.textContent).toContain('rferl.org');
    expect(details.querySelectorAll('a[href^="http"]').length).toBeGreaterThan(0);
    expect(await violations(container)).toEqual([]);
  });

  it('shows every text as text, never as markup', () => {
    const notice = { ...model('en'), headline: '<img src=x onerror="window.hacked=1">Org' };
    const { container } = draw(notice);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.hacked=1">Org');
  });

  it('ignores clicks a page script dispatches', () => {
    const dismissed: string[] = [];
    const { container } = draw(model('en'), (scope) => dismissed.push(scope));
    const toggle = container.querySelector('button[aria-controls]') as HTMLButtonElement;
    toggle.click();
    for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-dismiss]')) {
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(dismissed).toEqual([]);
  });

  it('offers three remembered dismissals in a group behind a disclosure button that names it', () => {
    const { container } = draw(model('uk'));
    const group = container.querySelector('[role="group"]') as HTMLElement;
    const toggle = container.querySelector(`#${group.getAttribute('aria-labelledby')}`);
    expect(toggle?.tagName).toBe('BUTTON');
    expect(toggle?.textContent).toBe('Більше не показувати це попередження');
    expect(toggle?.getAttribute('aria-controls')).toBe(group.id);
    expect(group.hidden).toBe(true);
    expect([...group.querySelectorAll('button')].map((button) => button.dataset.dismiss)).toEqual(['site', 'organization', 'session']);
  });

  it('keeps one copy of the facts for wide banners and one in the details for narrow ones', () => {
    const { container } = draw(model('en'));
    const copies = [...container.querySelectorAll('.facts-block')];
    expect(copies.map((copy) => copy.className)).toEqual(['facts-block wide-facts', 'facts-block narrow-facts']);
    expect(copies[1]?.closest('#notice-details')).not.toBeNull();
    expect(copies[0]?.textContent).toBe(copies[1]?.textContent);
  });

  it('goes away when its signal is aborted', () => {
    const { container, controller } = draw(model('en'));
    controller.abort();
    expect(container.childElementCount).toBe(0);
  });
});

describe('the interstitial (as previewed)', () => {
  it('is an alert dialog named by its headline, with "Go back" first, and no axe violations', async () => {
    const { container } = draw(model('be', 'interstitial'));
    const dialog = container.querySelector('dialog');
    expect(dialog?.getAttribute('role')).toBe('alertdialog');
    const labelledBy = container.querySelector(`#${dialog?.getAttribute('aria-labelledby')}`);
    expect(labelledBy?.textContent).toContain('Радыё Свабодная Эўропа');
    expect(container.querySelector(`#${dialog?.getAttribute('aria-describedby')}`)?.textContent).toMatch(/^Чытанне не караецца/);
    const choices = [...container.querySelectorAll('button[data-choice]')].map((button) => button.textContent);
    expect(choices).toEqual(['Вярнуцца назад', 'Перайсці на старонку']);
    expect(await violations(container)).toEqual([]);
  });
});
