/**
 * One unit of training work, run in the calling thread or in a worker (train-worker.ts): fit the features
 * on the training rows of a cross-validation fold (or on all rows), add the augmented copies, train one
 * ensemble member and, for a fold, score its held-out rows. A task depends only on its inputs and seeds,
 * never on which thread runs it or in what order, so training is deterministic however it is scheduled.
 */
import { augmentTokens } from './augment.ts';
import { ALL_VIEWS, type FeatureConfig, FeatureSpace, type SerializedFeatureSpace } from './features.ts';
import { type CsrMatrix, createRng, toCsr } from './linear.ts';
import { type MemberModel, type MemberSpec, memberLogits, memberScratch, trainMember } from './members.ts';

export interface AugmentConfig {
  /** Noisy copies per example (fractional: that share of the examples, chosen at random). */
  copies: number;
  typoRate: number;
  dropRate: number;
  /** Weight of an augmented row relative to an original one. */
  weight: number;
}

/** What every task of one training run shares. */
export interface TrainContext {
  tokens: string[][];
  y: Int32Array;
  k: number;
  /** Cross-validation fold of each row. */
  fold: Int32Array;
  features: FeatureConfig;
  augment: AugmentConfig | null;
  seed: number;
}

export interface TrainTask {
  /** Fold to hold out, or -1 to train on all rows. */
  fold: number;
  member: MemberSpec;
  seed: number;
}

export type TaskResult =
  /** Held-out logits, row-major over the fold's rows in increasing order. */
  | { kind: 'fold'; scores: Float32Array }
  | { kind: 'final'; model: MemberModel; features: SerializedFeatureSpace };

interface FoldData {
  fold: number;
  features: FeatureSpace;
  x: CsrMatrix;
  y: Int32Array;
  weight: Float32Array;
  /** Rows of x from this index on are augmented copies. */
  originals: number;
}

let cache: { ctx: TrainContext; data: FoldData } | null = null;

/** Drops the featurised fold kept for the next task of the same fold (call when a training run ends). */
export function clearTaskCache(): void {
  cache = null;
}

function foldData(ctx: TrainContext, fold: number): FoldData {
  if (cache && cache.ctx === ctx && cache.data.fold === fold) return cache.data;
  const rows: number[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) if (ctx.fold[i] !== fold) rows.push(i);
  const tokens = rows.map((i) => ctx.tokens[i]!);
  const features = FeatureSpace.fit(tokens, ctx.features);
  const labels = rows.map((i) => ctx.y[i]!);
  const weight = rows.map(() => 1);
  const aug = ctx.augment;
  if (aug && aug.copies > 0) {
    // Seeded by fold, so every member of a fold sees the same copies.
    const rng = createRng((ctx.seed ^ 0x5eed) + (fold + 1) * 7919);
    const n = rows.length;
    const total = Math.round(aug.copies * n);
    for (let j = 0; j < total; j++) {
      const i = j < n * Math.floor(aug.copies) ? j % n : Math.floor(rng() * n);
      tokens.push(augmentTokens(tokens[i]!, rng, aug));
      labels.push(labels[i]!);
      weight.push(aug.weight);
    }
  }
  const x = toCsr(
    tokens.map((t) => features.vectorizeTokens(t)),
    features.size,
  );
  const data: FoldData = {
    fold,
    features,
    x,
    y: Int32Array.from(labels),
    weight: Float32Array.from(weight),
    originals: rows.length,
  };
  cache = { ctx, data };
  return data;
}

function firstRows(x: CsrMatrix, rows: number): CsrMatrix {
  if (rows >= x.rows) return x;
  const end = x.ptr[rows]!;
  return {
    rows,
    dim: x.dim,
    ptr: x.ptr.subarray(0, rows + 1),
    idx: x.idx.subarray(0, end),
    val: x.val.subarray(0, end),
  };
}

/** The rows restricted to the views of `mask` (the matrix itself when the mask has every view). */
function restrictRows(x: CsrMatrix, features: FeatureSpace, mask: number): CsrMatrix {
  if ((mask & ALL_VIEWS) === ALL_VIEWS) return x;
  const rows = Array.from({ length: x.rows }, (_, r) =>
    features.restrict(
      { idx: x.idx.subarray(x.ptr[r]!, x.ptr[r + 1]!), val: x.val.subarray(x.ptr[r]!, x.ptr[r + 1]!) },
      mask,
    ),
  );
  return toCsr(rows, x.dim);
}

export function runTrainTask(ctx: TrainContext, task: TrainTask): TaskResult {
  const d = foldData(ctx, task.fold);
  const rows = task.member.augmented ? d.x.rows : d.originals;
  const views = task.member.views ?? ALL_VIEWS;
  const model = trainMember(
    task.member,
    restrictRows(firstRows(d.x, rows), d.features, views),
    d.y.subarray(0, rows),
    ctx.k,
    task.seed,
    d.weight.subarray(0, rows),
  );
  if (task.fold < 0) return { kind: 'final', model, features: d.features.toJSON() };
  const k = ctx.k;
  const held: number[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) if (ctx.fold[i] === task.fold) held.push(i);
  const scores = new Float32Array(held.length * k);
  const out = new Float64Array(k);
  const scratch = memberScratch(model);
  held.forEach((i, r) => {
    memberLogits(model, d.features.restrict(d.features.vectorizeTokens(ctx.tokens[i]!), views), out, scratch);
    for (let c = 0; c < k; c++) scores[r * k + c] = out[c]!;
  });
  return { kind: 'fold', scores };
}

/** Typed arrays of a result, to transfer rather than copy between threads. */
export function transferables(r: TaskResult): ArrayBuffer[] {
  if (r.kind === 'fold') return [r.scores.buffer as ArrayBuffer];
  const m = r.model;
  const arrays = m.type === 'linear' ? [m.w.q, m.w.scale, m.bias] : [m.w1.q, m.w1.scale, m.b1, m.w2, m.b2];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
