import type { CardAccountSummary } from '@clearline/protocol';
import { useTranslation } from 'react-i18next';

interface CardPickerProps {
  cards: readonly CardAccountSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The signed-in cardmember's cards as a radio group: "Platinum Card ending in 0086". */
export function CardPicker({ cards, selectedId, onSelect }: CardPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="demo-cards">
      <legend>
        <h2 className="demo-cards__title">{t('demo.cardsTitle')}</h2>
      </legend>
      <p className="demo-cards__intro">{t('demo.cardsIntro')}</p>
      <div className="demo-cards__grid">
        {cards.map((card) => (
          <label key={card.id} className="demo-tile" data-network={card.network}>
            <input
              type="radio"
              name="card"
              value={card.id}
              checked={selectedId === card.id}
              onChange={() => onSelect(card.id)}
            />
            <span className="demo-tile__text">
              <span className="demo-tile__name">
                {t('demo.cardEnding', { product: card.productName, last4: card.last4 })}
              </span>
              <span className="demo-tile__network">{t(`demo.network.${card.network}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
