/*
 * Merchant catalogue of the demo data: realistic US card-statement descriptors by category, with the
 * range (in cents) a single charge usually falls in, and the spending mix of a few personas.
 */

export interface Merchant {
  name: string;
  category: string;
  minCents: number;
  maxCents: number;
}

type Row = readonly [name: string, minCents: number, maxCents: number];

const CATALOGUE: Record<string, readonly Row[]> = {
  groceries: [
    ['Whole Foods Market', 2_400, 18_500],
    ["Trader Joe's", 1_800, 11_000],
    ['Kroger', 2_200, 16_000],
    ['Costco Wholesale', 6_500, 32_000],
    ['Aldi', 1_500, 9_500],
    ['Safeway', 2_000, 14_000],
  ],
  dining: [
    ['Starbucks', 450, 1_800],
    ['Chipotle Mexican Grill', 1_100, 3_400],
    ['Panera Bread', 900, 2_900],
    ['Shake Shack', 1_300, 4_200],
    ['The Cheesecake Factory', 4_500, 16_000],
    ['DoorDash', 1_800, 6_500],
    ['Uber Eats', 1_600, 5_800],
  ],
  gas: [
    ['Shell Oil', 2_800, 7_800],
    ['Chevron', 3_000, 8_200],
    ['ExxonMobil', 2_700, 7_500],
    ['BP', 2_500, 7_000],
  ],
  airfare: [
    ['Delta Air Lines', 18_000, 92_000],
    ['United Airlines', 16_000, 88_000],
    ['American Airlines', 15_000, 85_000],
    ['Southwest Airlines', 9_800, 42_000],
  ],
  lodging: [
    ['Marriott Hotels', 18_900, 98_000],
    ['Hilton Hotels', 16_500, 86_000],
    ['Hyatt Regency', 19_900, 92_000],
    ['Airbnb', 21_000, 120_000],
  ],
  rideshare: [
    ['Uber Trip', 1_100, 5_400],
    ['Lyft Ride', 1_000, 4_900],
  ],
  transit: [
    ['Amtrak', 3_800, 21_000],
    ['SpotHero Parking', 1_200, 4_800],
  ],
  streaming: [
    ['Netflix.com', 1_549, 2_299],
    ['Spotify USA', 1_199, 1_999],
    ['Disney Plus', 999, 1_599],
    ['Hulu', 999, 1_899],
  ],
  entertainment: [
    ['AMC Theatres', 1_600, 6_200],
    ['Ticketmaster', 6_500, 38_000],
    ['Regal Cinemas', 1_500, 5_400],
  ],
  shopping: [
    ['Target', 1_800, 22_000],
    ['Walmart Supercenter', 1_500, 19_000],
    ["Macy's", 3_500, 28_000],
    ['Best Buy', 2_500, 64_000],
    ['Nordstrom', 4_800, 36_000],
    ['TJ Maxx', 2_200, 12_000],
  ],
  online_shopping: [
    ['Amazon.com', 1_200, 24_000],
    ['Amazon Marketplace', 900, 16_000],
    ['Etsy', 1_500, 9_800],
    ['Wayfair', 6_000, 72_000],
    ['Chewy.com', 2_800, 14_000],
  ],
  utilities: [
    ['Verizon Wireless', 8_500, 19_500],
    ['Comcast Xfinity', 7_900, 16_900],
    ['T-Mobile', 7_000, 18_000],
  ],
  health: [
    ['CVS Pharmacy', 700, 6_800],
    ['Walgreens', 600, 5_900],
    ['Planet Fitness', 1_000, 2_499],
  ],
  home: [
    ['The Home Depot', 1_900, 46_000],
    ["Lowe's", 1_700, 38_000],
    ['IKEA', 4_500, 89_000],
  ],
  office: [
    ['Staples', 1_800, 26_000],
    ['Office Depot', 1_500, 21_000],
    ['FedEx Office', 1_200, 9_500],
  ],
  software: [
    ['Adobe Creative Cloud', 5_999, 8_999],
    ['Google Workspace', 1_440, 4_320],
    ['Microsoft 365', 999, 2_200],
    ['Zoom.us', 1_599, 1_599],
    ['Squarespace', 2_300, 4_900],
  ],
  advertising: [
    ['Google Ads', 15_000, 120_000],
    ['Meta Ads', 10_000, 85_000],
    ['LinkedIn Ads', 12_000, 60_000],
  ],
  shipping: [
    ['The UPS Store', 1_200, 8_800],
    ['FedEx', 1_500, 12_000],
    ['USPS Click-N-Ship', 900, 6_500],
  ],
};

/** Categories whose purchases are sometimes returned for a refund. */
export const REFUNDABLE_CATEGORIES: ReadonlySet<string> = new Set([
  'shopping',
  'online_shopping',
  'home',
  'office',
]);

export type Persona = 'family' | 'traveler' | 'business' | 'urban';

/** How often each category comes up for a persona (relative weights). */
const PERSONA_MIX: Record<Persona, Record<string, number>> = {
  family: {
    groceries: 5,
    dining: 3,
    gas: 3,
    shopping: 3,
    online_shopping: 3,
    health: 1,
    home: 1,
    entertainment: 1,
  },
  traveler: {
    dining: 5,
    rideshare: 3,
    airfare: 1,
    lodging: 1,
    transit: 1,
    groceries: 2,
    shopping: 2,
    online_shopping: 1,
    entertainment: 1,
  },
  business: {
    office: 3,
    shipping: 3,
    advertising: 2,
    dining: 3,
    rideshare: 2,
    online_shopping: 2,
    gas: 1,
    lodging: 1,
  },
  urban: {
    dining: 5,
    groceries: 3,
    rideshare: 2,
    transit: 1,
    online_shopping: 3,
    shopping: 1,
    health: 1,
    entertainment: 1,
  },
};

export function merchantsIn(category: string): Merchant[] {
  return (CATALOGUE[category] ?? []).map(([name, minCents, maxCents]) => ({
    name,
    category,
    minCents,
    maxCents,
  }));
}

/** The weighted merchant pool of a persona: each merchant appears `weight` times. */
export function merchantPool(persona: Persona, localMerchants: readonly Merchant[]): Merchant[] {
  const pool: Merchant[] = [];
  for (const [category, weight] of Object.entries(PERSONA_MIX[persona])) {
    for (const merchant of merchantsIn(category)) {
      for (let i = 0; i < weight; i++) pool.push(merchant);
    }
  }
  // Neighbourhood places come up often: as often as a weight-6 category's merchants.
  for (const merchant of localMerchants) {
    for (let i = 0; i < 6; i++) pool.push(merchant);
  }
  return pool;
}
