import type { ConnectionStatus } from '@clearline/client';
import type { AgentProfile } from '@clearline/protocol';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from './language-toggle.tsx';

interface AppHeaderProps {
  agent?: AgentProfile;
  status?: ConnectionStatus;
  children?: ReactNode;
}

export function AppHeader({ agent, status, children }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="cc-header">
      <p className="cc-brand">
        <span className="cc-brand__mark" aria-hidden="true">
          C
        </span>
        {t('app.name')}
      </p>
      <div className="cc-header__end">
        {agent && (
          <p className="cc-agent">
            {t('app.signedInAs', { name: agent.displayName })}
            <span className="cc-agent__role">{t(`app.role.${agent.role}`)}</span>
          </p>
        )}
        {status && (
          <span className="cc-presence" data-status={status}>
            <span className="cc-presence__dot" aria-hidden="true" />
            {status === 'reconnecting' ? t('app.status.connecting') : t(`app.status.${status}`)}
          </span>
        )}
        <LanguageToggle />
        {children}
      </div>
    </header>
  );
}
