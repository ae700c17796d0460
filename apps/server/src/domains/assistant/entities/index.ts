/* Entity extraction for the assistant: amounts, dates, merchants and card last fours. */
export { extractEntities } from './extract.ts';
export { parseMoneyNumber } from './money.ts';
export type {
  AmountEntity,
  DateEntity,
  Entity,
  EntityLang,
  EntityType,
  ExtractOptions,
  Last4Entity,
  MerchantEntity,
} from './types.ts';
export { ENTITY_TYPES } from './types.ts';
