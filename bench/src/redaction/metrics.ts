/** Scoring: a predicted span counts when its type matches and it overlaps a gold span. */
import type { BenignToken, CorpusRecord, GoldType } from './corpus-gen.ts';

export const TYPES: readonly GoldType[] = [
  'CREDIT_CARD',
  'CARD_SECURITY_CODE',
  'US_SSN',
  'OTP',
  'CARD_PIN',
  'PASSWORD',
];

export interface Pred {
  type: string;
  start: number;
  end: number;
}

export interface TypeScore {
  gold: number;
  predicted: number;
  precision: number | null;
  recall: number | null;
  /** Gold spans overlapped by a prediction of any type: the secret is hidden even if mislabelled. */
  hiddenRecall: number | null;
  /** Predictions with exactly the gold offsets. */
  exact: number;
}

export interface EngineScore {
  perType: Record<GoldType, TypeScore>;
  /** Benign tokens (last four, ZIP, amounts, dates, phones…) overlapped by any prediction, by kind. */
  benignHidden: Record<string, { total: number; hidden: number }>;
  /** Messages with no gold span where the engine removed something. */
  falseAlarmMessages: number;
  benignMessages: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10000) / 10000);

export function score(corpus: readonly CorpusRecord[], predictions: readonly Pred[][]): EngineScore {
  const perType = {} as Record<GoldType, TypeScore>;
  for (const t of TYPES) {
    let gold = 0;
    let predicted = 0;
    let tpPred = 0;
    let tpGold = 0;
    let hidden = 0;
    let exact = 0;
    corpus.forEach((r, k) => {
      const preds = predictions[k]!;
      const g = r.spans.filter((s) => s.type === t);
      const p = preds.filter((s) => s.type === t);
      gold += g.length;
      predicted += p.length;
      tpPred += p.filter((x) => g.some((y) => overlaps(x, y))).length;
      tpGold += g.filter((y) => p.some((x) => overlaps(x, y))).length;
      hidden += g.filter((y) => preds.some((x) => overlaps(x, y))).length;
      exact += p.filter((x) => g.some((y) => x.start === y.start && x.end === y.end)).length;
    });
    perType[t] = {
      gold,
      predicted,
      precision: ratio(tpPred, predicted),
      recall: ratio(tpGold, gold),
      hiddenRecall: ratio(hidden, gold),
      exact,
    };
  }
  const benignHidden: EngineScore['benignHidden'] = {};
  let falseAlarmMessages = 0;
  let benignMessages = 0;
  corpus.forEach((r, k) => {
    const preds = predictions[k]!;
    for (const b of r.benign as BenignToken[]) {
      const slot = benignHidden[b.kind] ?? { total: 0, hidden: 0 };
      benignHidden[b.kind] = slot;
      slot.total++;
      if (preds.some((p) => overlaps(p, b))) slot.hidden++;
    }
    if (r.spans.length === 0) {
      benignMessages++;
      if (preds.length > 0) falseAlarmMessages++;
    }
  });
  return { perType, benignHidden, falseAlarmMessages, benignMessages };
}
