import { useTranslation } from 'react-i18next';

export function TypingIndicator({ name }: { name: string | null }) {
  const { t } = useTranslation();
  return (
    <div className="cl-typing" role="status">
      {name ? t('widget.typing', { name }) : ''}
    </div>
  );
}
