import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../widget/panel/language-toggle.tsx';

export function SiteHeader({ userName, onSignOut }: { userName: string | null; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <header className="demo-header">
      <a className="demo-skip" href="#main">
        {t('demo.skipToContent')}
      </a>
      <div className="demo-header__inner">
        <p className="demo-brand">
          <span className="demo-brand__mark" aria-hidden="true">
            C
          </span>
          {t('demo.bankName')}
          <span className="demo-badge">{t('demo.demoBadge')}</span>
        </p>
        <div className="demo-header__actions">
          <LanguageToggle label={t('demo.language')} className="demo-lang" />
          {userName && (
            <button type="button" className="demo-button demo-button--ghost" onClick={onSignOut}>
              {t('demo.signOut')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
