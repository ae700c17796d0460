import type { CardNetwork, ProductChangeOption } from './core.ts';

/*
 * The demo issuer's small card catalogue, per network, for product-change (upgrade / downgrade)
 * questions. Fees and rates are demo figures of the embedded issuer, not offers. A consumer card moves
 * only to consumer cards and a business card only to business cards, on the same network.
 */

interface CatalogueEntry {
  productCode: string;
  productName: string;
  network: CardNetwork;
  business: boolean;
  /** Higher is the richer card: moving up a tier is an upgrade. */
  tier: number;
  annualFeeCents: number;
  purchaseAprBps: number;
  rewardsProgram: string;
  highlights: { en: string; es: string };
}

export const DEMO_PRODUCT_CATALOGUE: readonly CatalogueEntry[] = [
  {
    productCode: 'AX-BLUE',
    productName: 'Blue Everyday Card',
    network: 'amex',
    business: false,
    tier: 1,
    annualFeeCents: 0,
    purchaseAprBps: 2099,
    rewardsProgram: 'Membership Rewards',
    highlights: {
      en: 'No annual fee; 2x points at U.S. supermarkets.',
      es: 'Sin cuota anual; 2x puntos en supermercados de EE. UU.',
    },
  },
  {
    productCode: 'AX-GOLD',
    productName: 'Gold Rewards Card',
    network: 'amex',
    business: false,
    tier: 2,
    annualFeeCents: 25_000,
    purchaseAprBps: 2199,
    rewardsProgram: 'Membership Rewards',
    highlights: {
      en: '4x points at restaurants and supermarkets; $120 dining credit.',
      es: '4x puntos en restaurantes y supermercados; crédito de $120 para comidas.',
    },
  },
  {
    productCode: 'AX-PLAT',
    productName: 'Platinum Card',
    network: 'amex',
    business: false,
    tier: 3,
    annualFeeCents: 69_500,
    purchaseAprBps: 2199,
    rewardsProgram: 'Membership Rewards',
    highlights: {
      en: '5x points on flights; airport lounge access; travel credits.',
      es: '5x puntos en vuelos; acceso a salas VIP de aeropuertos; créditos de viaje.',
    },
  },
  {
    productCode: 'AX-BIZ-GOLD',
    productName: 'Business Gold Card',
    network: 'amex',
    business: true,
    tier: 2,
    annualFeeCents: 37_500,
    purchaseAprBps: 2099,
    rewardsProgram: 'Membership Rewards',
    highlights: {
      en: '4x points in your top two business categories.',
      es: '4x puntos en sus dos principales categorías de negocio.',
    },
  },
  {
    productCode: 'AX-BIZ-PLAT',
    productName: 'Business Platinum Card',
    network: 'amex',
    business: true,
    tier: 3,
    annualFeeCents: 69_500,
    purchaseAprBps: 2099,
    rewardsProgram: 'Membership Rewards',
    highlights: {
      en: '5x points on flights and hotels booked through the travel service; lounge access.',
      es: '5x puntos en vuelos y hoteles reservados con el servicio de viajes; acceso a salas VIP.',
    },
  },
  {
    productCode: 'VI-CASH',
    productName: 'Unlimited Cash Visa',
    network: 'visa',
    business: false,
    tier: 1,
    annualFeeCents: 0,
    purchaseAprBps: 2249,
    rewardsProgram: 'Cash Back Rewards',
    highlights: { en: '1.5% cash back on everything.', es: '1.5% de reembolso en todo.' },
  },
  {
    productCode: 'VI-SIG',
    productName: 'Everyday Cash Back Visa Signature',
    network: 'visa',
    business: false,
    tier: 2,
    annualFeeCents: 9_500,
    purchaseAprBps: 2199,
    rewardsProgram: 'Cash Back Rewards',
    highlights: {
      en: '3% cash back at supermarkets and gas stations.',
      es: '3% de reembolso en supermercados y gasolineras.',
    },
  },
  {
    productCode: 'VI-BIZ-CASH',
    productName: 'Business Cash Visa',
    network: 'visa',
    business: true,
    tier: 1,
    annualFeeCents: 0,
    purchaseAprBps: 2149,
    rewardsProgram: 'Cash Back Rewards',
    highlights: {
      en: '2% cash back on business purchases.',
      es: '2% de reembolso en compras del negocio.',
    },
  },
  {
    productCode: 'VI-BIZ-PREM',
    productName: 'Business Premier Visa',
    network: 'visa',
    business: true,
    tier: 2,
    annualFeeCents: 9_500,
    purchaseAprBps: 2049,
    rewardsProgram: 'Cash Back Rewards',
    highlights: {
      en: '2.5% cash back on purchases of $5,000 or more.',
      es: '2.5% de reembolso en compras de $5,000 o más.',
    },
  },
  {
    productCode: 'MC-REWARDS',
    productName: 'Rewards Plus Mastercard',
    network: 'mastercard',
    business: false,
    tier: 1,
    annualFeeCents: 0,
    purchaseAprBps: 2299,
    rewardsProgram: 'Travel Miles',
    highlights: { en: '1 mile per dollar; no annual fee.', es: '1 milla por dólar; sin cuota anual.' },
  },
  {
    productCode: 'MC-WORLD',
    productName: 'World Travel Rewards Mastercard',
    network: 'mastercard',
    business: false,
    tier: 2,
    annualFeeCents: 9_500,
    purchaseAprBps: 2199,
    rewardsProgram: 'Travel Miles',
    highlights: {
      en: '2 miles per dollar; no foreign transaction fees.',
      es: '2 millas por dólar; sin cargos por transacciones en el extranjero.',
    },
  },
  {
    productCode: 'MC-ELITE',
    productName: 'World Elite Travel Mastercard',
    network: 'mastercard',
    business: false,
    tier: 3,
    annualFeeCents: 39_500,
    purchaseAprBps: 2149,
    rewardsProgram: 'Travel Miles',
    highlights: {
      en: '3 miles per dollar on travel; trip-delay protection.',
      es: '3 millas por dólar en viajes; protección por retraso de viaje.',
    },
  },
  {
    productCode: 'DI-CASH',
    productName: 'Cash Back Discover Card',
    network: 'discover',
    business: false,
    tier: 1,
    annualFeeCents: 0,
    purchaseAprBps: 2249,
    rewardsProgram: 'Cash Back Rewards',
    highlights: {
      en: '5% cash back in rotating quarterly categories.',
      es: '5% de reembolso en categorías trimestrales rotativas.',
    },
  },
  {
    productCode: 'DI-MILES',
    productName: 'Miles Discover Card',
    network: 'discover',
    business: false,
    tier: 1,
    annualFeeCents: 0,
    purchaseAprBps: 2249,
    rewardsProgram: 'Travel Miles',
    highlights: {
      en: '1.5 miles per dollar on every purchase.',
      es: '1.5 millas por dólar en cada compra.',
    },
  },
];

/** The catalogue's other cards for an account's product: same network, same segment, richest first. */
export function productChangeOptionsFor(account: {
  productName: string;
  network: CardNetwork;
}): ProductChangeOption[] {
  const business = account.productName.startsWith('Business');
  const current = DEMO_PRODUCT_CATALOGUE.find((p) => p.productName === account.productName);
  const currentTier = current?.tier ?? 1;
  return DEMO_PRODUCT_CATALOGUE.filter(
    (p) => p.network === account.network && p.business === business && p.productName !== account.productName,
  )
    .sort((a, b) => b.tier - a.tier || a.annualFeeCents - b.annualFeeCents)
    .map((p) => ({
      productCode: p.productCode,
      productName: p.productName,
      network: p.network,
      direction: p.tier > currentTier ? 'upgrade' : p.tier < currentTier ? 'downgrade' : 'lateral',
      annualFeeCents: p.annualFeeCents,
      purchaseAprBps: p.purchaseAprBps,
      rewardsProgram: p.rewardsProgram,
      highlights: p.highlights,
    }));
}
