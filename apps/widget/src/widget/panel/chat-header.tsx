import { useTranslation } from 'react-i18next';
import { MinimiseIcon } from './icons.tsx';
import { LanguageToggle } from './language-toggle.tsx';

interface ChatHeaderProps {
  titleId: string;
  cardLabel: string;
  canEnd: boolean;
  onMinimise: () => void;
  onEnd: () => void;
}

export function ChatHeader({ titleId, cardLabel, canEnd, onMinimise, onEnd }: ChatHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="cl-header">
      <div className="cl-header__titles">
        <h2 id={titleId} className="cl-header__title">
          {t('widget.title')}
        </h2>
        <p className="cl-header__subtitle">{t('widget.subtitle', { card: cardLabel })}</p>
      </div>
      <div className="cl-header__actions">
        <LanguageToggle label={t('widget.languageToggle')} />
        {canEnd && (
          <button type="button" className="cl-header__button cl-header__button--text" onClick={onEnd}>
            {t('widget.endChat')}
          </button>
        )}
        <button
          type="button"
          className="cl-header__button"
          aria-label={t('widget.minimise')}
          title={t('widget.minimise')}
          onClick={onMinimise}
        >
          <MinimiseIcon />
        </button>
      </div>
    </header>
  );
}
