import type { DemoIdentity } from '@clearline/protocol';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatWidget } from '../widget/chat-widget.tsx';
import { CardPicker } from './card-picker.tsx';
import { type DemoSession, signInAs } from './demo-session.ts';
import { MessagesPage } from './messages/messages-page.tsx';
import { SiteNav } from './messages/site-nav.tsx';
import { useHashView } from './messages/use-hash-view.ts';
import { useInbox } from './messages/use-inbox.ts';
import { SignIn } from './sign-in.tsx';
import { SiteHeader } from './site-header.tsx';
import { StepUpPrompt } from './step-up-prompt.tsx';
import { UploadPage } from './upload-page.tsx';
import './demo-site.css';

/**
 * "Clearline Bank": a clearly-labelled demo issuer site that hosts the chat widget. With `uploadToken`
 * (the page `/upload?token=…`) it is the secure document upload page, once the cardmember signed in.
 */
export function DemoSite({ url, uploadToken = null }: { url: string; uploadToken?: string | null }) {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState<DemoSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cardId, setCardId] = useState<string | null>(null);
  const [chatOpen, setChatOpen] = useState(false);
  const welcome = useRef<HTMLHeadingElement>(null);
  const inboxHeading = useRef<HTMLHeadingElement>(null);
  const route = useHashView();
  const inbox = useInbox(url, session?.token ?? null);

  // After signing in, the sign-in buttons are gone: continue from the page's heading. Moving between
  // pages does the same (a case opened from a link focuses its own heading once it is loaded).
  const onMessagesPage = route.view === 'messages';
  const signedIn = session !== null;
  useEffect(() => {
    if (!signedIn || uploadToken || route.caseReference) return;
    (route.view === 'messages' ? inboxHeading : welcome).current?.focus();
  }, [signedIn, uploadToken, route.view, route.caseReference]);

  const card = session?.identity.accounts.find((a) => a.id === cardId) ?? null;
  const label = card ? t('demo.cardEnding', { product: card.productName, last4: card.last4 }) : '';

  const choose = async (identity: DemoIdentity) => {
    setBusy(true);
    setError(null);
    try {
      const s = await signInAs(url, identity.id);
      await i18n.changeLanguage(s.identity.preferredLanguage);
      setSession(s);
      setCardId(s.identity.accounts.length === 1 ? (s.identity.accounts[0]?.id ?? null) : null);
    } catch (err) {
      setError((err as { code?: string }).code ?? 'INTERNAL');
    } finally {
      setBusy(false);
    }
  };

  const signOut = () => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
    setSession(null);
    setCardId(null);
    setChatOpen(false);
  };

  return (
    <>
      <SiteHeader userName={session?.identity.displayName ?? null} onSignOut={signOut} />
      {session && !uploadToken && <SiteNav current={route.view} unread={inbox.unread} />}
      <main id="main" className="demo-main" tabIndex={-1}>
        {error && (
          <p role="alert" className="demo-error">
            {t(`errors.${error}`, { defaultValue: t('errors.generic') })}
          </p>
        )}
        {!session ? (
          <>
            {uploadToken && <p className="demo-card demo-upload__signin">{t('upload.signInFirst')}</p>}
            <SignIn url={url} busy={busy} onChoose={(identity) => void choose(identity)} />
          </>
        ) : uploadToken ? (
          <UploadPage url={url} token={session.token} linkToken={uploadToken} />
        ) : (
          <>
            {onMessagesPage ? (
              <MessagesPage inbox={inbox} caseReference={route.caseReference} headingRef={inboxHeading} />
            ) : (
              <h1 ref={welcome} tabIndex={-1} className="demo-welcome">
                {t('demo.welcome', { name: session.identity.displayName })}
              </h1>
            )}
            <StepUpPrompt url={url} token={session.token} />
            {!onMessagesPage && (
              <>
                <section className="demo-card">
                  <CardPicker cards={session.identity.accounts} selectedId={cardId} onSelect={setCardId} />
                </section>
                {card && (
                  <section className="demo-card demo-help" aria-labelledby="help-title">
                    <h2 id="help-title">{t('demo.helpTitle')}</h2>
                    <p>{t('demo.helpIntro', { card: label })}</p>
                    <button
                      type="button"
                      className="demo-button demo-button--primary"
                      onClick={() => setChatOpen(true)}
                    >
                      {t('demo.chatWithUs')}
                    </button>
                  </section>
                )}
                <section className="demo-card demo-safety" aria-labelledby="safety-title">
                  <h2 id="safety-title">{t('demo.safetyTitle')}</h2>
                  <p>{t('demo.safetyText')}</p>
                </section>
              </>
            )}
          </>
        )}
      </main>
      <footer className="demo-footer">
        <p>{t('demo.footer')}</p>
      </footer>
      {session && card && !uploadToken && (
        <aside aria-label={t('widget.title')}>
          <ChatWidget
            key={card.id}
            url={url}
            cardAccountId={card.id}
            cardLabel={label}
            token={session.token}
            open={chatOpen}
            onOpenChange={setChatOpen}
          />
        </aside>
      )}
    </>
  );
}
