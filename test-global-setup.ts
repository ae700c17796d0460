/*
 * Vitest global setup: trains Clearline's assistant model once (or finds it cached in .data/nlu)
 * before any test file starts a server, so parallel test files never all train it at once.
 */
import { resolve } from 'node:path';
import { loadAssistantModel } from './apps/server/src/domains/assistant/index.ts';

export default function setup(): void {
  const t0 = performance.now();
  const { fromCache } = loadAssistantModel({ cacheDir: resolve('.data/nlu') });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`assistant model ${fromCache ? 'loaded from cache' : 'trained and cached'} in ${seconds} s`);
}
