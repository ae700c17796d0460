import { useTranslation } from 'react-i18next';
import { asUiLanguage, UI_LANGUAGES } from '../i18n/index.ts';

export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const current = asUiLanguage(i18n.language);
  return (
    <fieldset className="cc-lang">
      <legend className="cc-visually-hidden">{t('app.language')}</legend>
      {UI_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={current === lng}
          title={lng === 'en' ? 'English' : 'Español'}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
