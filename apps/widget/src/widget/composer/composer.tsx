import {
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { CharCounter } from './char-counter.tsx';
import { MAX_CHARS } from './char-limit.ts';

interface ComposerProps {
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onSend: (body: string) => void;
  onTyping: (typing: boolean) => void;
}

const TYPING_IDLE_MS = 3_000;

/** Labelled textarea: Enter sends, Shift+Enter adds a line; 4,000 characters at most. */
export function Composer({ inputRef, onSend, onTyping }: ComposerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const typing = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const ids = { input: useId(), hint: useId(), counter: useId() };

  useEffect(() => () => clearTimeout(idle.current), []);

  const stopTyping = () => {
    clearTimeout(idle.current);
    if (typing.current) {
      typing.current = false;
      onTyping(false);
    }
  };

  const onChange = (value: string) => {
    setText(value);
    if (!typing.current && value.trim()) {
      typing.current = true;
      onTyping(true);
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  const submit = () => {
    const body = text.trim();
    if (!body) return;
    stopTyping();
    onSend(body);
    setText('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit();
  };

  return (
    <form className="cl-composer" onSubmit={onSubmit}>
      <label className="cl-visually-hidden" htmlFor={ids.input}>
        {t('widget.composerLabel')}
      </label>
      <textarea
        ref={inputRef}
        id={ids.input}
        className="cl-composer__input"
        value={text}
        maxLength={MAX_CHARS}
        rows={2}
        placeholder={t('widget.composerLabel')}
        aria-describedby={`${ids.hint} ${ids.counter}`}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={stopTyping}
      />
      <div className="cl-composer__bar">
        <span id={ids.hint} className="cl-composer__hint">
          {t('widget.composerHint')}
        </span>
        <CharCounter id={ids.counter} length={text.length} />
        <button type="submit" className="cl-button cl-button--primary" disabled={!text.trim()}>
          {t('widget.send')}
        </button>
      </div>
    </form>
  );
}
