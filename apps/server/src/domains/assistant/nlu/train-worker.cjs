// Worker-thread entry of parallel training (see parallel.ts). Loads the TypeScript worker through tsx's
// CommonJS hook, which, unlike the ESM loader hooks, needs nothing from the (blocked) parent thread.
try {
  require('tsx/cjs');
  require('./train-worker.ts');
} catch (err) {
  const { port, signal } = require('node:worker_threads').workerData;
  port.postMessage({ failed: String(err?.stack ?? err) });
  const counter = new Int32Array(signal);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}
