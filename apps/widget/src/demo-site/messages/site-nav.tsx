import { useTranslation } from 'react-i18next';

/** The signed-in site's pages: the cards overview and "Messages and cases" (with the unread count). */
export function SiteNav({ current, unread }: { current: 'home' | 'messages'; unread: number }) {
  const { t } = useTranslation();
  return (
    <nav className="demo-nav" aria-label={t('inbox.navLabel')}>
      <ul className="demo-nav__list">
        <li>
          <a className="demo-nav__link" href="#home" aria-current={current === 'home' ? 'page' : undefined}>
            {t('inbox.navHome')}
          </a>
        </li>
        <li>
          <a
            className="demo-nav__link"
            href="#messages"
            aria-current={current === 'messages' ? 'page' : undefined}
          >
            {t('inbox.navMessages')}{' '}
            {unread > 0 && <span className="demo-nav__count">{t('inbox.navUnread', { count: unread })}</span>}
          </a>
        </li>
      </ul>
    </nav>
  );
}
