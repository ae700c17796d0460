import { useTranslation } from 'react-i18next';
import { asUiLanguage, UI_LANGUAGES } from '../../i18n/index.ts';

/** EN / ES as two toggle buttons; the pressed one is the current language. */
export function LanguageToggle({ label, className }: { label: string; className?: string }) {
  const { i18n } = useTranslation();
  const current = asUiLanguage(i18n.language);
  return (
    <fieldset className={`cl-lang ${className ?? ''}`}>
      <legend className="cl-visually-hidden">{label}</legend>
      {UI_LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          className="cl-lang__option"
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
