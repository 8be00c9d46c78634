import type { OptionsServices } from './context';
import { useOptions } from './context';
import { SettingsProvider } from './provider';
import { AboutSection } from './sections/about';
import { ActsSection } from './sections/acts';
import { ImportExportSection } from './sections/import-export';
import { JurisdictionsSection } from './sections/jurisdictions';
import { ListsSection } from './sections/lists';
import { OrganizationsSection } from './sections/organizations';
import { RuleTesterSection } from './sections/rule-tester';
import { SiteExceptionsSection } from './sections/site-exceptions';
import { TextsSection } from './sections/texts';
import type { StringKey } from './strings';

export const SECTIONS: { id: string; title: StringKey; Component: () => preact.JSX.Element | null }[] = [
  { id: 'jurisdictions', title: 'jurisdictionsTitle', Component: JurisdictionsSection },
  { id: 'lists', title: 'listsTitle', Component: ListsSection },
  { id: 'organizations', title: 'organizationsTitle', Component: OrganizationsSection },
  { id: 'acts', title: 'actsTitle', Component: ActsSection },
  { id: 'texts', title: 'textsTitle', Component: TextsSection },
  { id: 'exceptions', title: 'exceptionsTitle', Component: SiteExceptionsSection },
  { id: 'import-export', title: 'importExportTitle', Component: ImportExportSection },
  { id: 'tester', title: 'testerTitle', Component: RuleTesterSection },
  { id: 'about', title: 'aboutTitle', Component: AboutSection },
];

function OptionsPage() {
  const { t } = useOptions();
  return (
    <>
      <header>
        <h1>{t('appName')}</h1>
        <nav aria-label={t('sections')}>
          <ul>
            {SECTIONS.map(({ id, title }) => (
              <li key={id}>
                <a href={`#${id}`}>{t(title)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {SECTIONS.map(({ id, title, Component }) => (
          <section key={id} id={id} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{t(title)}</h2>
            <Component />
          </section>
        ))}
      </main>
    </>
  );
}

export function OptionsApp(services: OptionsServices) {
  return (
    <SettingsProvider services={services} titleKey="pageTitle">
      <OptionsPage />
    </SettingsProvider>
  );
}
