import { LIMITS } from '@clearline/protocol';
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ReplyComposerProps {
  customerName: string;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onSend: (body: string) => void;
  onTyping: (typing: boolean) => void;
}

const NEAR_LIMIT = 500;

/** The agent's reply box: Enter sends, Shift+Enter adds a line. */
export function ReplyComposer({ customerName, inputRef, onSend, onTyping }: ReplyComposerProps) {
  const { t } = useTranslation();
  const ids = { input: useId(), hint: useId(), counter: useId() };
  const [text, setText] = useState('');
  const typing = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(idle.current), []);

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
    stopTyping();
    onSend(body);
    setText('');
  };

  const remaining = LIMITS.messageChars - text.length;
  return (
    <form className="cc-composer" onSubmit={submit}>
      <label htmlFor={ids.input} className="cc-composer__label">
        {t('conversation.replyLabel', { name: customerName })}
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
          if (!typing.current && e.target.value.trim()) {
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
          {t('conversation.send')}
        </button>
      </div>
    </form>
  );
}
