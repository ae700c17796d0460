import { type AgentClient, ClearlineError, type ClientErrorCode } from '@clearline/client';
import type { CaseDocuments, Conversation, UploadLinkCreated } from '@clearline/protocol';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEnded } from '../workspace/console-store.ts';
import { formatMoment } from './format.ts';

interface CaseDocumentsProps {
  client: AgentClient;
  conversation: Conversation;
  reference: string;
  /** Changes when the case changed (an action, a refresh): the list is read again. */
  version: unknown;
}

const codeOf = (err: unknown): ClientErrorCode => (err instanceof ClearlineError ? err.code : 'INTERNAL');

function size(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language.startsWith('es') ? 'es-US' : 'en-US', {
    maximumFractionDigits: 1,
  });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}

/**
 * Documents on a case: a secure upload link for the customer (posted in the chat by the server as a
 * system message with `postToConversation`, or only shown to copy), and the files uploaded so far with
 * download links for the clean ones. Quarantined files are listed but cannot be downloaded.
 */
export function CaseDocumentsSection({ client, conversation, reference, version }: CaseDocumentsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ids = { title: useId(), link: useId() };
  const [docs, setDocs] = useState<CaseDocuments | null>(null);
  const [created, setCreated] = useState<UploadLinkCreated | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ClientErrorCode | null>(null);
  const ended = isEnded(conversation);
  const fullUrl = created ? new URL(created.url, window.location.origin).href : '';

  const load = useCallback(async () => {
    try {
      setDocs(await client.caseDocuments(reference));
    } catch (err) {
      setError(codeOf(err));
    }
  }, [client, reference]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` only triggers a reload.
  useEffect(() => {
    void load();
  }, [load, version]);

  /** A new link: posted in the chat by the server (a system message with the link), or only shown to copy. */
  const request = async (postToConversation: boolean) => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const link = await client.createUploadLink(reference, {
        conversationId: conversation.id,
        ...(postToConversation ? { postToConversation: true } : {}),
      });
      setCreated(link);
      const values = { expires: formatMoment(link.expiresAt, lang), files: link.maxFiles };
      setStatus(t(postToConversation ? 'documents.sent' : 'documents.created', values));
      void load();
    } catch (err) {
      setError(codeOf(err));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fullUrl);
      setStatus(t('documents.copied'));
    } catch {
      setStatus(t('documents.copyFailed'));
    }
  };

  return (
    <section className="cc-docs" aria-labelledby={ids.title}>
      <h4 id={ids.title} className="cc-case__subtitle">
        {t('documents.title')}
      </h4>
      <p className="cc-cases__status" role="status">
        {status ?? ''}
      </p>
      {error && (
        <p className="cc-field-error" role="alert">
          {t(`documents.errors.${error}`, {
            defaultValue: t(`errors.${error}`, { defaultValue: t('errors.generic') }),
          })}
        </p>
      )}
      <div className="cc-tools__row">
        {!ended && (
          <button
            type="button"
            className="cc-button cc-button--small cc-button--primary"
            disabled={busy}
            onClick={() => void request(true)}
          >
            {t('documents.sendInChat')}
          </button>
        )}
        <button
          type="button"
          className="cc-button cc-button--small"
          disabled={busy}
          onClick={() => void request(false)}
        >
          {t('documents.request')}
        </button>
      </div>
      {created && (
        <div className="cc-docs__link">
          <label htmlFor={ids.link}>{t('documents.linkLabel')}</label>
          <input
            id={ids.link}
            className="cc-field cc-mono"
            readOnly
            value={fullUrl}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="cc-tools__row">
            <button type="button" className="cc-button cc-button--small" onClick={() => void copy()}>
              {t('documents.copy')}
            </button>
          </div>
        </div>
      )}
      {docs && docs.documents.length === 0 && <p className="cc-muted cc-hint">{t('documents.none')}</p>}
      {docs && docs.documents.length > 0 && (
        <ul className="cc-case-list" data-testid="case-documents">
          {docs.documents.map((d) => (
            <li key={d.id} data-document={d.fileName} data-scan={d.scanStatus}>
              {d.downloadable ? (
                <a className="cc-doc-link" href={client.documentContentUrl(d.id)} download={d.fileName}>
                  {t('documents.download', { name: d.fileName })}
                </a>
              ) : (
                <span className="cc-mono">{d.fileName}</span>
              )}
              <p className="cc-muted cc-hint">
                {d.type.toUpperCase()} · {size(d.sizeBytes, lang)} · {formatMoment(d.uploadedAt, lang)} ·{' '}
                <span className={`cc-clock cc-clock--${d.scanStatus === 'clean' ? 'met' : 'missed'}`}>
                  {t(`documents.scan.${d.scanStatus}`)}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {docs && docs.links.length > 0 && (
        <p className="cc-muted cc-hint" data-testid="upload-links">
          {t('documents.links', {
            count: docs.links.length,
            active: docs.links.filter((l) => l.status === 'active').length,
          })}
        </p>
      )}
    </section>
  );
}
