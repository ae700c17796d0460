import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RatingFormProps {
  onRate: (score: number, comment: string) => Promise<boolean>;
}

const SCORES = [1, 2, 3, 4, 5] as const;

/** "How was this chat?": an optional 1–5 rating with a comment, offered once the chat has ended. */
export function RatingForm({ onRate }: RatingFormProps) {
  const { t } = useTranslation();
  const ids = { name: useId(), comment: useId(), status: useId() };
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'done'>('idle');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (score === null || state !== 'idle') return;
    setState('sending');
    setState((await onRate(score, comment.trim())) ? 'done' : 'idle');
  };

  if (state === 'done') {
    return (
      <p className="cl-rating__thanks" role="status">
        {t('widget.rating.thanks')}
      </p>
    );
  }
  return (
    <form className="cl-rating" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('widget.rating.question')}</legend>
        <div className="cl-rating__scores">
          {SCORES.map((s) => (
            <label key={s} className="cl-rating__score">
              <input
                type="radio"
                name={ids.name}
                value={s}
                checked={score === s}
                onChange={() => setScore(s)}
              />
              <span>{t('widget.rating.score', { score: s })}</span>
            </label>
          ))}
        </div>
        <p className="cl-rating__scale">{t('widget.rating.scale')}</p>
      </fieldset>
      <label htmlFor={ids.comment}>{t('widget.rating.comment')}</label>
      <textarea
        id={ids.comment}
        rows={2}
        maxLength={1000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <button type="submit" className="cl-button" disabled={score === null || state === 'sending'}>
        {t('widget.rating.submit')}
      </button>
    </form>
  );
}
