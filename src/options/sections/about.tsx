import { useOptions } from '../context';

export function AboutSection() {
  const { t, version } = useOptions();
  return (
    <>
      <p>{t('aboutWhat')}</p>
      <p>{t('aboutNot')}</p>
      <p>{t('aboutStorage')}</p>
      <p>{t('aboutVersion', { version })}</p>
    </>
  );
}
