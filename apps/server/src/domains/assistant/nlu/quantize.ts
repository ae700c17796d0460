/**
 * Row-wise int8 quantisation of the models' large weight matrices (feature-major: one row per feature).
 * Each row keeps a float32 scale (its largest magnitude / 127), so a weight is `q * scale[row]`. This makes
 * the serialised model and its memory about four times smaller than float32 at no measurable accuracy cost,
 * and a freshly trained model is quantised at once, so it predicts exactly like its deserialised copy.
 */
export interface QuantizedMatrix {
  rows: number;
  cols: number;
  q: Int8Array;
  scale: Float32Array;
}

export function quantizeRows(w: Float32Array | Float64Array, rows: number, cols: number): QuantizedMatrix {
  const q = new Int8Array(rows * cols);
  const scale = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let max = 0;
    for (let c = 0; c < cols; c++) {
      const a = Math.abs(w[base + c]!);
      if (a > max) max = a;
    }
    if (max === 0) continue;
    const s = Math.fround(max / 127);
    scale[r] = s;
    for (let c = 0; c < cols; c++) q[base + c] = Math.max(-127, Math.min(127, Math.round(w[base + c]! / s)));
  }
  return { rows, cols, q, scale };
}

export function toBase64(a: ArrayBufferView): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

export function fromBase64<T extends Int8Array | Uint8Array | Uint32Array | Float32Array>(
  s: string,
  ctor: { new (n: number): T; BYTES_PER_ELEMENT: number },
): T {
  const buf = Buffer.from(s, 'base64');
  const out = new ctor(buf.byteLength / ctor.BYTES_PER_ELEMENT);
  new Uint8Array(out.buffer).set(buf);
  return out;
}

export interface SerializedQuantized {
  rows: number;
  cols: number;
  q: string;
  scale: string;
}

export function serializeQuantized(m: QuantizedMatrix): SerializedQuantized {
  return { rows: m.rows, cols: m.cols, q: toBase64(m.q), scale: toBase64(m.scale) };
}

export function deserializeQuantized(s: SerializedQuantized): QuantizedMatrix {
  const q = fromBase64(s.q, Int8Array);
  const scale = fromBase64(s.scale, Float32Array);
  if (q.length !== s.rows * s.cols || scale.length !== s.rows) throw new Error('corrupt model: matrix size');
  return { rows: s.rows, cols: s.cols, q, scale };
}
