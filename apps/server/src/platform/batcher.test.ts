import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.ts';

describe('Batcher', () => {
  it('writes the first item alone and groups what queued meanwhile, keeping per-item results', async () => {
    const batches: number[][] = [];
    const b = new Batcher<number, number>(async (items) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 10));
      return items.map((i) => (i === 3 ? new Error('three is refused') : i * 10));
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((i) => b.submit(i)));
    expect(batches).toEqual([[1], [2, 3, 4]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      10,
      20,
      'three is refused',
      40,
    ]);
  });

  it('fails every item of a batch whose write throws, and keeps serving afterwards', async () => {
    let fail = true;
    const b = new Batcher<string, string>(async (items) => {
      if (fail) throw new Error('database down');
      return items;
    });
    await expect(b.submit('a')).rejects.toThrow('database down');
    fail = false;
    await expect(b.submit('b')).resolves.toBe('b');
  });

  it('caps the batch size', async () => {
    const sizes: number[] = [];
    const b = new Batcher<number, number>(async (items) => {
      sizes.push(items.length);
      await new Promise((r) => setTimeout(r, 1));
      return items;
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => b.submit(i)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, n) => a + n, 0)).toBe(8);
  });
});
