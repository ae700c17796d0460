import { LIMITS } from '@clearline/protocol';
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposeMode } from '../workspace/console-store.ts';

interface ReplyComposerProps {
  customerName: string;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onSend: (body: string) => void;
  onTyping: (typing: boolean) => void;
  /** Reply to the customer, or an internal note / a whisper that only agents see. */
  mode: ComposeMode;
  modes: readonly ComposeMode[];
  onMode: (mode: ComposeMode) => void;
  /** Text to put in the box (a canned response); a new object each time. */
  insert: { text: string } | null;
}

const NEAR_LIMIT = 500;

/** The agent's reply box: Enter sends, Shift+Enter adds a line. */
export function ReplyComposer(props: ReplyComposerProps) {
  const { customerName, inputRef, onSend, onTyping, mode, modes, onMode, insert } = props;
  const { t } = useTranslation();
  const ids = { input: useId(), hint: useId(), counter: useId(), mode: useId() };
  const [text, setText] = useState('');
  const typing = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(idle.current), []);
  useEffect(() => {
    if (!insert) return;
    setText(insert.text);
    inputRef.current?.focus();
  }, [insert, inputRef]);

  const stopTyping = () => {
    clearTimeout(idle.current);
    if (typing.current) {
      typing.current = false;
      onTyping(false);
    }
  };

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const body = text.trim();
    if (!body) return;
    if (mode === 'reply') stopTyping();
    onSend(body);
    setText('');
  };

  const remaining = LIMITS.messageChars - text.length;
  const label =
    mode === 'reply'
      ? t('conversation.replyLabel', { name: customerName })
      : mode === 'note'
        ? t('conversation.noteLabel')
        : t('conversation.whisperLabel');
  return (
    <form className="cc-composer" data-mode={mode} onSubmit={submit}>
      {modes.length > 1 && (
        <fieldset className="cc-composer__modes">
          <legend className="cc-visually-hidden">{t('conversation.modeLegend')}</legend>
          {modes.map((m) => (
            <label key={m} className="cc-composer__mode">
              <input type="radio" name={ids.mode} value={m} checked={mode === m} onChange={() => onMode(m)} />
              {t(`conversation.modes.${m}`)}
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor={ids.input} className="cc-composer__label">
        {label}
      </label>
      <textarea
        ref={inputRef}
        id={ids.input}
        value={text}
        rows={3}
        maxLength={LIMITS.messageChars}
        aria-describedby={`${ids.hint} ${ids.counter}`}
        onChange={(e) => {
          setText(e.target.value);
          // Typing shows to the customer only for replies, never while writing a note.
          if (mode === 'reply' && !typing.current && e.target.value.trim()) {
            typing.current = true;
            onTyping(true);
          }
          clearTimeout(idle.current);
          idle.current = setTimeout(stopTyping, 3_000);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
        onBlur={stopTyping}
      />
      <div className="cc-composer__bar">
        <span id={ids.hint} className="cc-hint">
          {t('conversation.replyHint')}
        </span>
        <span id={ids.counter} className="cc-hint" data-near-limit={remaining <= NEAR_LIMIT}>
          {remaining <= NEAR_LIMIT
            ? t('conversation.counter', { count: text.length, max: LIMITS.messageChars })
            : ''}
        </span>
        <button type="submit" className="cc-button cc-button--primary" disabled={!text.trim()}>
          {mode === 'reply' ? t('conversation.send') : t('conversation.saveNote')}
        </button>
      </div>
    </form>
  );
}
