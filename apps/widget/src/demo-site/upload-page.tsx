import { ClearlineError, CustomerClient } from '@clearline/client';
import { DOCUMENT_LIMITS, type UploadedFile, type UploadLinkInfo } from '@clearline/protocol';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What the file picker offers; the server decides by the file's first bytes anyway. */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const ACCEPTED_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** A retry of the same chosen file keeps its key, so the server stores it once. */
const keys = new WeakMap<File, string>();
function idempotencyKeyOf(file: File): string {
  let key = keys.get(file);
  if (!key) {
    // getRandomValues works on plain http:// too (randomUUID needs a secure context).
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    key = `up-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    keys.set(file, key);
  }
  return key;
}

const codeOf = (err: unknown) => (err instanceof ClearlineError ? err.code : 'INTERNAL');

/** One chosen file that was not sent, and why (an error code). */
class FileNotSent {
  constructor(
    readonly code: string,
    readonly fileName: string,
  ) {}
}

/**
 * The issuer site's secure upload page (`/upload?token=…`, issue 6 §7): the signed-in cardmember sends
 * PDF, JPEG or PNG files for one case. The page says what the link is for, announces progress and
 * errors in a polite live region, and lists the files already received.
 */
export function UploadPage({
  url,
  token,
  linkToken,
}: {
  url: string;
  token: () => Promise<string>;
  linkToken: string;
}) {
  const { t, i18n } = useTranslation();
  const client = useMemo(() => new CustomerClient({ url, token }), [url, token]);
  const [info, setInfo] = useState<UploadLinkInfo | null>(null);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();

  useEffect(() => {
    let live = true;
    Promise.all([client.uploadLink(linkToken), client.uploadedFiles(linkToken)]).then(
      ([i, f]) => {
        if (!live) return;
        setInfo(i);
        setFiles(f);
      },
      (err) => live && setLoadError(codeOf(err)),
    );
    return () => {
      live = false;
    };
  }, [client, linkToken]);

  // Once loaded, the page's heading takes the focus (the sign-in buttons that had it are gone).
  const loaded = info !== null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const errorText = (code: string) =>
    t(`upload.errors.${code}`, { defaultValue: t(`errors.${code}`, { defaultValue: t('errors.generic') }) });

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen = Array.from(input.current?.files ?? []);
    if (chosen.length === 0) {
      setFailed(true);
      setStatus(t('upload.chooseFirst'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setFailed(false);
    let sent = 0;
    try {
      for (const [i, file] of chosen.entries()) {
        const name = file.name;
        // The same checks as the server's, before sending anything (the server checks the bytes).
        if (!ACCEPTED_EXTENSIONS.test(name)) throw new FileNotSent('FILE_TYPE_NOT_ALLOWED', name);
        if (file.size > DOCUMENT_LIMITS.fileBytes) throw new FileNotSent('FILE_TOO_LARGE', name);
        if (file.size === 0) throw new FileNotSent('FILE_EMPTY', name);
        setStatus(t('upload.progress', { current: i + 1, total: chosen.length, name }));
        try {
          const stored = await client.uploadFile(linkToken, file, {
            fileName: name,
            idempotencyKey: idempotencyKeyOf(file),
          });
          setFiles((list) => (list.some((f) => f.id === stored.id) ? list : [...list, stored]));
          sent++;
        } catch (err) {
          throw new FileNotSent(codeOf(err), name);
        }
      }
      setStatus(t('upload.done', { count: sent }));
      if (input.current) input.current.value = '';
    } catch (err) {
      const { code, fileName } = err instanceof FileNotSent ? err : new FileNotSent('INTERNAL', '');
      setFailed(true);
      setStatus(
        `${t('upload.failedFile', { name: fileName })} ${errorText(code)}${sent > 0 ? ` ${t('upload.done', { count: sent })}` : ''}`,
      );
    } finally {
      setBusy(false);
      client.uploadLink(linkToken).then(setInfo, () => undefined);
    }
  };

  const dateTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: bytes >= 1e6 ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: 1,
    }).format(bytes >= 1e6 ? bytes / 1e6 : Math.max(0.1, bytes / 1e3));

  if (loadError)
    return (
      <section className="demo-card" aria-labelledby="upload-title">
        <h1 id="upload-title">{t('upload.title')}</h1>
        <p role="alert" className="demo-error">
          {errorText(loadError)}
        </p>
      </section>
    );
  if (!info)
    return (
      <section className="demo-card">
        <p role="status">{t('upload.loading')}</p>
      </section>
    );

  const open = info.status === 'active';
  return (
    <section className="demo-card demo-upload" aria-labelledby="upload-title">
      <h1 id="upload-title" ref={heading} tabIndex={-1}>
        {t('upload.titleFor', { reference: info.caseReference })}
      </h1>
      {open ? (
        <p>{t('upload.intro', { count: info.filesLeft, until: dateTime(info.expiresAt) })}</p>
      ) : (
        <p className="demo-error">{t(`upload.closed.${info.status}`)}</p>
      )}
      {open && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <label htmlFor={inputId} className="demo-upload__label">
            {t('upload.fileLabel')}
          </label>
          <p id={hintId} className="demo-upload__hint">
            {t('upload.hint', { max: DOCUMENT_LIMITS.fileBytes / (1024 * 1024) })}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            name="file"
            accept={ACCEPTED_FILES}
            multiple={info.filesLeft > 1}
            aria-describedby={hintId}
            disabled={busy}
            className="demo-upload__input"
          />
          <button type="submit" className="demo-button demo-button--primary" disabled={busy}>
            {busy ? t('upload.sending') : t('upload.send')}
          </button>
        </form>
      )}
      <p
        role="status"
        aria-live="polite"
        className={failed ? 'demo-upload__status demo-error' : 'demo-upload__status'}
      >
        {status}
      </p>
      {files.length > 0 && (
        <>
          <h2>{t('upload.receivedTitle')}</h2>
          <ul className="demo-upload__list">
            {files.map((f) => (
              <li key={f.id}>
                <span className="demo-upload__name">{f.fileName}</span> ({size(f.sizeBytes)}):{' '}
                {t(`upload.scan.${f.scanStatus}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="demo-upload__note">{t('upload.safety')}</p>
    </section>
  );
}
