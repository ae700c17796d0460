import type {
  CardNetwork,
  CardStatus,
  CustomerSegment,
  Language,
  PostalAddress,
  WalletToken,
} from './core.ts';
import type { Merchant, Persona } from './demo-merchants.ts';

/*
 * Who is in the demo issuer's books. Everything date-like is relative ("days ago", "statement 2 of
 * 3") so that the generator can place it around the seeding day. Phone numbers use the fictional
 * 555-01xx range and e-mail addresses the reserved example.com domain.
 */

export interface CardmemberProfile {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  preferredLanguage: Language;
  address: PostalAddress;
  segment: CustomerSegment;
}

export interface AuthorizedUserProfile {
  /** Short key for ids: `au_<account>_<key>`, `card_<account>_<key>`. */
  key: string;
  firstName: string;
  lastName: string;
  addedDaysAgo: number;
  /** Set when the authorised user has been removed (their card is then blocked). */
  removedDaysAgo?: number;
  walletTokens?: WalletToken[];
}

export interface AccountProfile {
  id: string;
  cardmemberId: string;
  productName: string;
  network: CardNetwork;
  amexPrefix?: '34' | '37';
  creditLimitCents: number;
  purchaseAprBps: number;
  closingDay: number;
  dueDay: number;
  openedYearsAgo: number;
  persona: Persona;
  localMerchants: Merchant[];
  /** Purchases per billing cycle. */
  purchasesPerCycle: readonly [min: number, max: number];
  /** How the cardmember pays each statement. */
  payment: 'full' | 'partial' | 'minimum';
  /** Balance of the statement before the oldest one kept. */
  openingBalanceCents: number;
  rewards: { program: string; pointsPerDollar: number; centsPerPointX100: number; basePoints: number };
  primaryCardStatus?: CardStatus;
  walletTokens: WalletToken[];
  authorizedUsers: AuthorizedUserProfile[];
  /** The annual fee posts on the account anniversary, which falls in this statement (1 = oldest). */
  annualFee?: { cents: number; statement: 1 | 2 | 3 };
  /** The payment for the previous statement arrives late in this statement's cycle: a late fee. */
  latePayment?: { statement: 2 | 3; feeCents: number };
  /** A purchase in the latest statement was charged twice (for dispute demos). */
  duplicateCharge?: boolean;
  /** Recurring statement credits (benefit credits) in every cycle. */
  statementCredit?: { description: string; cents: number };
  /** The primary card was lost and replaced with a new number this many days ago. */
  replacedCardDaysAgo?: number;
}

const local = (name: string, category: string, minCents: number, maxCents: number): Merchant => ({
  name,
  category,
  minCents,
  maxCents,
});

export const CARDMEMBER_PROFILES: readonly CardmemberProfile[] = [
  {
    id: 'cm_maria_gonzalez',
    firstName: 'María',
    lastName: 'González',
    email: 'maria.gonzalez@example.com',
    phone: '+1 312-555-0142',
    preferredLanguage: 'es',
    address: { line1: '1847 S Blue Island Ave', line2: 'Apt 2F', city: 'Chicago', state: 'IL', zip: '60608' },
    segment: 'consumer',
  },
  {
    id: 'cm_james_carter',
    firstName: 'James',
    lastName: 'Carter',
    email: 'james.carter@example.com',
    phone: '+1 404-555-0117',
    preferredLanguage: 'en',
    address: { line1: '742 Virginia Ave NE', city: 'Atlanta', state: 'GA', zip: '30306' },
    segment: 'consumer',
  },
  {
    id: 'cm_priya_patel',
    firstName: 'Priya',
    lastName: 'Patel',
    email: 'priya@pateldesignstudio.example.com',
    phone: '+1 732-555-0163',
    preferredLanguage: 'en',
    address: { line1: '33 Wood Ave S', line2: 'Suite 600', city: 'Iselin', state: 'NJ', zip: '08830' },
    segment: 'small_business',
  },
  {
    id: 'cm_luis_hernandez',
    firstName: 'Luis',
    lastName: 'Hernández',
    email: 'luis.hernandez@example.com',
    phone: '+1 210-555-0128',
    preferredLanguage: 'es',
    address: { line1: '1215 W Commerce St', city: 'San Antonio', state: 'TX', zip: '78207' },
    segment: 'consumer',
  },
  {
    id: 'cm_emily_nguyen',
    firstName: 'Emily',
    lastName: 'Nguyen',
    email: 'emily.nguyen@example.com',
    phone: '+1 206-555-0191',
    preferredLanguage: 'en',
    address: { line1: '4312 Fremont Ave N', line2: 'Unit 305', city: 'Seattle', state: 'WA', zip: '98103' },
    segment: 'consumer',
  },
  {
    id: 'cm_sofia_ramirez',
    firstName: 'Sofía',
    lastName: 'Ramírez',
    email: 'sofia.ramirez@example.com',
    phone: '+1 305-555-0176',
    preferredLanguage: 'es',
    address: { line1: '2150 SW 8th St', line2: 'Apt 412', city: 'Miami', state: 'FL', zip: '33135' },
    segment: 'consumer',
  },
  {
    id: 'cm_robert_johnson',
    firstName: 'Robert',
    lastName: 'Johnson',
    email: 'robert.johnson@example.com',
    phone: '+1 614-555-0135',
    preferredLanguage: 'en',
    address: { line1: '88 E Broad St', line2: 'Apt 1204', city: 'Columbus', state: 'OH', zip: '43215' },
    segment: 'consumer',
  },
];

const MEMBERSHIP_REWARDS = { program: 'Membership Rewards', centsPerPointX100: 60 };
const CASH_BACK = { program: 'Cash Back Rewards', centsPerPointX100: 100 };
const TRAVEL_MILES = { program: 'Travel Miles', centsPerPointX100: 100 };

export const ACCOUNT_PROFILES: readonly AccountProfile[] = [
  {
    id: 'ca_maria_gold',
    cardmemberId: 'cm_maria_gonzalez',
    productName: 'Gold Rewards Card',
    network: 'amex',
    amexPrefix: '37',
    creditLimitCents: 1_500_000,
    purchaseAprBps: 2_424,
    closingDay: 3,
    dueDay: 28,
    openedYearsAgo: 6,
    persona: 'family',
    localMerchants: [
      local('Jewel-Osco', 'groceries', 2_100, 15_500),
      local('Carnicería Jiménez', 'groceries', 1_600, 8_900),
      local('Taquería El Milagro', 'dining', 1_200, 4_600),
    ],
    purchasesPerCycle: [12, 16],
    payment: 'full',
    openingBalanceCents: 184_236,
    rewards: { ...MEMBERSHIP_REWARDS, pointsPerDollar: 4, basePoints: 48_250 },
    walletTokens: [{ wallet: 'apple_pay', status: 'active', deviceName: 'iPhone 15' }],
    authorizedUsers: [
      {
        key: 'carlos',
        firstName: 'Carlos',
        lastName: 'González',
        addedDaysAgo: 900,
        walletTokens: [{ wallet: 'google_pay', status: 'active', deviceName: 'Pixel 8' }],
      },
    ],
    duplicateCharge: true,
  },
  {
    id: 'ca_maria_cash',
    cardmemberId: 'cm_maria_gonzalez',
    productName: 'Everyday Cash Back Visa Signature',
    network: 'visa',
    creditLimitCents: 650_000,
    purchaseAprBps: 2_699,
    closingDay: 17,
    dueDay: 12,
    openedYearsAgo: 3,
    persona: 'family',
    localMerchants: [local('Mariano’s', 'groceries', 1_900, 12_800)],
    purchasesPerCycle: [5, 8],
    payment: 'partial',
    openingBalanceCents: 238_915,
    rewards: { ...CASH_BACK, pointsPerDollar: 1.5, basePoints: 7_342 },
    walletTokens: [],
    authorizedUsers: [],
  },
  {
    id: 'ca_james_platinum',
    cardmemberId: 'cm_james_carter',
    productName: 'Platinum Card',
    network: 'amex',
    amexPrefix: '37',
    creditLimitCents: 3_000_000,
    purchaseAprBps: 2_124,
    closingDay: 24,
    dueDay: 19,
    openedYearsAgo: 9,
    persona: 'traveler',
    localMerchants: [
      local('Publix Super Market', 'groceries', 2_300, 14_000),
      local('Murphy’s Atlanta', 'dining', 3_800, 14_500),
    ],
    purchasesPerCycle: [14, 20],
    payment: 'full',
    openingBalanceCents: 412_877,
    rewards: { ...MEMBERSHIP_REWARDS, pointsPerDollar: 1, basePoints: 186_420 },
    walletTokens: [
      { wallet: 'apple_pay', status: 'active', deviceName: 'iPhone 16 Pro' },
      { wallet: 'apple_pay', status: 'active', deviceName: 'Apple Watch Series 9' },
    ],
    authorizedUsers: [{ key: 'olivia', firstName: 'Olivia', lastName: 'Carter', addedDaysAgo: 1_400 }],
    annualFee: { cents: 69_500, statement: 2 },
    statementCredit: { description: 'Digital entertainment credit', cents: 2_000 },
  },
  {
    id: 'ca_james_travel',
    cardmemberId: 'cm_james_carter',
    productName: 'World Elite Travel Mastercard',
    network: 'mastercard',
    creditLimitCents: 1_800_000,
    purchaseAprBps: 2_249,
    closingDay: 8,
    dueDay: 3,
    openedYearsAgo: 4,
    persona: 'traveler',
    localMerchants: [],
    purchasesPerCycle: [4, 7],
    payment: 'full',
    openingBalanceCents: 96_410,
    rewards: { ...TRAVEL_MILES, pointsPerDollar: 2, basePoints: 61_875 },
    walletTokens: [{ wallet: 'apple_pay', status: 'active', deviceName: 'iPhone 16 Pro' }],
    authorizedUsers: [],
  },
  {
    id: 'ca_priya_business',
    cardmemberId: 'cm_priya_patel',
    productName: 'Business Gold Card',
    network: 'amex',
    amexPrefix: '37',
    creditLimitCents: 2_500_000,
    purchaseAprBps: 1_949,
    closingDay: 27,
    dueDay: 22,
    openedYearsAgo: 5,
    persona: 'business',
    localMerchants: [
      local('ShopRite', 'groceries', 1_800, 9_600),
      local('NJ Transit', 'transit', 1_150, 4_600),
    ],
    purchasesPerCycle: [14, 20],
    payment: 'full',
    openingBalanceCents: 648_302,
    rewards: { ...MEMBERSHIP_REWARDS, pointsPerDollar: 4, basePoints: 212_930 },
    walletTokens: [{ wallet: 'apple_pay', status: 'active', deviceName: 'iPhone 15 Pro' }],
    authorizedUsers: [
      { key: 'anil', firstName: 'Anil', lastName: 'Mehta', addedDaysAgo: 610 },
      { key: 'jessica', firstName: 'Jessica', lastName: 'Wu', addedDaysAgo: 720, removedDaysAgo: 40 },
    ],
    annualFee: { cents: 37_500, statement: 3 },
  },
  {
    id: 'ca_priya_cash',
    cardmemberId: 'cm_priya_patel',
    productName: 'Business Cash Visa',
    network: 'visa',
    creditLimitCents: 1_200_000,
    purchaseAprBps: 2_074,
    closingDay: 12,
    dueDay: 7,
    openedYearsAgo: 2,
    persona: 'business',
    localMerchants: [],
    purchasesPerCycle: [5, 9],
    payment: 'partial',
    openingBalanceCents: 352_118,
    rewards: { ...CASH_BACK, pointsPerDollar: 2, basePoints: 15_688 },
    walletTokens: [],
    authorizedUsers: [],
  },
  {
    id: 'ca_luis_cash',
    cardmemberId: 'cm_luis_hernandez',
    productName: 'Cash Back Discover Card',
    network: 'discover',
    creditLimitCents: 900_000,
    purchaseAprBps: 2_799,
    closingDay: 10,
    dueDay: 3,
    openedYearsAgo: 7,
    persona: 'family',
    localMerchants: [
      local('H-E-B', 'groceries', 2_600, 17_800),
      local('Bill Miller Bar-B-Q', 'dining', 1_100, 3_900),
      local('Valero', 'gas', 2_900, 7_400),
    ],
    purchasesPerCycle: [8, 12],
    payment: 'minimum',
    openingBalanceCents: 418_560,
    rewards: { ...CASH_BACK, pointsPerDollar: 1, basePoints: 4_215 },
    walletTokens: [{ wallet: 'google_pay', status: 'active', deviceName: 'Galaxy S23' }],
    authorizedUsers: [{ key: 'ana', firstName: 'Ana', lastName: 'Hernández', addedDaysAgo: 300 }],
    latePayment: { statement: 2, feeCents: 3_200 },
  },
  {
    id: 'ca_emily_everyday',
    cardmemberId: 'cm_emily_nguyen',
    productName: 'Blue Everyday Card',
    network: 'amex',
    amexPrefix: '34',
    creditLimitCents: 800_000,
    purchaseAprBps: 2_324,
    closingDay: 20,
    dueDay: 15,
    openedYearsAgo: 2,
    persona: 'urban',
    localMerchants: [
      local('PCC Community Markets', 'groceries', 1_900, 11_500),
      local('Top Pot Doughnuts', 'dining', 450, 1_900),
      local('ORCA Card', 'transit', 500, 4_000),
    ],
    purchasesPerCycle: [10, 14],
    payment: 'full',
    openingBalanceCents: 127_309,
    rewards: { ...MEMBERSHIP_REWARDS, pointsPerDollar: 2, basePoints: 9_870 },
    primaryCardStatus: 'locked',
    walletTokens: [{ wallet: 'apple_pay', status: 'suspended', deviceName: 'iPhone 14' }],
    authorizedUsers: [],
  },
  {
    id: 'ca_sofia_travel',
    cardmemberId: 'cm_sofia_ramirez',
    productName: 'World Travel Rewards Mastercard',
    network: 'mastercard',
    creditLimitCents: 1_100_000,
    purchaseAprBps: 2_549,
    closingDay: 5,
    dueDay: 28,
    openedYearsAgo: 4,
    persona: 'traveler',
    localMerchants: [
      local('Sedano’s Supermarket', 'groceries', 1_700, 12_400),
      local('Versailles Restaurant', 'dining', 2_400, 9_800),
      local('Navarro Pharmacy', 'health', 800, 5_600),
    ],
    purchasesPerCycle: [9, 13],
    payment: 'partial',
    openingBalanceCents: 296_044,
    rewards: { ...TRAVEL_MILES, pointsPerDollar: 2, basePoints: 38_402 },
    walletTokens: [{ wallet: 'samsung_pay', status: 'active', deviceName: 'Galaxy S24' }],
    authorizedUsers: [{ key: 'mateo', firstName: 'Mateo', lastName: 'Ramírez', addedDaysAgo: 60 }],
  },
  {
    id: 'ca_robert_cash',
    cardmemberId: 'cm_robert_johnson',
    productName: 'Unlimited Cash Visa',
    network: 'visa',
    creditLimitCents: 1_000_000,
    purchaseAprBps: 2_599,
    closingDay: 14,
    dueDay: 9,
    openedYearsAgo: 8,
    persona: 'family',
    localMerchants: [
      local('Giant Eagle', 'groceries', 2_200, 16_000),
      local('Jeni’s Splendid Ice Creams', 'dining', 700, 2_600),
      local('Speedway', 'gas', 2_600, 6_900),
    ],
    purchasesPerCycle: [10, 14],
    payment: 'full',
    openingBalanceCents: 165_230,
    rewards: { ...CASH_BACK, pointsPerDollar: 1.5, basePoints: 22_104 },
    walletTokens: [{ wallet: 'google_pay', status: 'pending', deviceName: 'Pixel 7' }],
    authorizedUsers: [],
    replacedCardDaysAgo: 45,
  },
  {
    id: 'ca_robert_rewards',
    cardmemberId: 'cm_robert_johnson',
    productName: 'Rewards Plus Mastercard',
    network: 'mastercard',
    creditLimitCents: 700_000,
    purchaseAprBps: 2_899,
    closingDay: 1,
    dueDay: 25,
    openedYearsAgo: 1,
    persona: 'urban',
    localMerchants: [],
    purchasesPerCycle: [3, 6],
    payment: 'minimum',
    openingBalanceCents: 301_775,
    rewards: { ...TRAVEL_MILES, pointsPerDollar: 1, basePoints: 3_120 },
    walletTokens: [],
    authorizedUsers: [],
  },
];
