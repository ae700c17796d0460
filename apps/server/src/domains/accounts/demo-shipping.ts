import type { ReplacementOrderStatus, ReplacementReason } from './core.ts';
import { addDays } from './demo-random.ts';

/*
 * How the demo issuer ships replacement cards: a lost or stolen card goes by express courier (two
 * business days), new plastic for a damaged card by mail (five business days); both leave the next
 * business day. Business days are Monday to Friday.
 */

export const REPLACEMENT_SHIPPING: Record<ReplacementReason, { carrier: string; businessDays: number }> = {
  lost: { carrier: 'UPS Next Day Air', businessDays: 2 },
  stolen: { carrier: 'UPS Next Day Air', businessDays: 2 },
  damaged: { carrier: 'USPS First-Class Mail', businessDays: 5 },
};

export function isBusinessDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `n`th business day after `date` (n ≥ 1). */
export function addBusinessDays(date: string, n: number): string {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) left--;
  }
  return day;
}

export function shippingPlan(
  orderedOn: string,
  reason: ReplacementReason,
): { carrier: string; shipsOn: string; estimatedDeliveryOn: string } {
  const { carrier, businessDays } = REPLACEMENT_SHIPPING[reason];
  return {
    carrier,
    shipsOn: addBusinessDays(orderedOn, 1),
    estimatedDeliveryOn: addBusinessDays(orderedOn, businessDays),
  };
}

/** ordered until it ships, shipped until the delivery day, then delivered. */
export function deliveryStatus(
  order: { shipsOn: string; estimatedDeliveryOn: string },
  today: string,
): ReplacementOrderStatus {
  if (today >= order.estimatedDeliveryOn) return 'delivered';
  if (today >= order.shipsOn) return 'shipped';
  return 'ordered';
}
