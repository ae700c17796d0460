/* Entities the assistant extracts from a customer message, with offsets into the original string. */

export type EntityType = 'amount' | 'date' | 'merchant' | 'last4';

export const ENTITY_TYPES: readonly EntityType[] = ['amount', 'date', 'merchant', 'last4'];

interface EntityBase {
  /** Offset of the first character of the mention (JS string units, as `String.prototype.slice`). */
  start: number;
  /** Offset just past the mention. */
  end: number;
  /** The mention as written (`text.slice(start, end)`). */
  text: string;
}

/** Money, with its sign or word ("$127.43", "127.43 dollars", "$5k"); value as a number. */
export interface AmountEntity extends EntityBase {
  type: 'amount';
  value: number;
}

/** A specific day, absolute or relative; value as ISO `YYYY-MM-DD` resolved against `now`. */
export interface DateEntity extends EntityBase {
  type: 'date';
  value: string;
}

/** The business on the other side of a transaction, as written. */
export interface MerchantEntity extends EntityBase {
  type: 'merchant';
  value: string;
}

/** The last four digits of a card; value as a string. */
export interface Last4Entity extends EntityBase {
  type: 'last4';
  value: string;
}

export type Entity = AmountEntity | DateEntity | MerchantEntity | Last4Entity;

export type EntityLang = 'en' | 'es';

export interface ExtractOptions {
  /** The message language; without it both English and Spanish rules run. */
  lang?: EntityLang;
  /** The moment relative dates resolve against (default: now). Its local calendar day is "today". */
  now?: Date;
}
