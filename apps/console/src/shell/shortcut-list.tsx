import { useTranslation } from 'react-i18next';
import { ACTIONS } from '../actions.ts';

/** Every shortcut in the registry, so they can be discovered without documentation. */
export function ShortcutList() {
  const { t } = useTranslation();
  return (
    <details className="cc-shortcuts">
      <summary>{t('actions.shortcutsTitle')}</summary>
      <dl>
        {ACTIONS.filter((a) => a.shortcut).map((a) => (
          <div key={a.id} className="cc-shortcuts__row">
            <dt>
              <kbd>{a.shortcut!.label.replace('ArrowDown', '↓').replace('ArrowUp', '↑')}</kbd>
            </dt>
            <dd>{t(a.label)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
