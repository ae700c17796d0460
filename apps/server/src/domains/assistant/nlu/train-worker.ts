/**
 * Worker side of parallel training (loaded by train-worker.cjs): runs the tasks it is sent with
 * {@link runTrainTask} and answers each on its port, then bumps the shared counter the parent waits on.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { runTrainTask, type TrainContext, type TrainTask, transferables } from './train-task.ts';

const { port, signal, context } = workerData as {
  port: MessagePort;
  signal: SharedArrayBuffer;
  context: TrainContext;
};
const counter = new Int32Array(signal);

function notify(): void {
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}

port.on('message', (msg: { id: number; task: TrainTask }) => {
  try {
    const result = runTrainTask(context, msg.task);
    port.postMessage({ id: msg.id, result }, transferables(result));
  } catch (err) {
    port.postMessage({ id: msg.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
  notify();
});
port.postMessage({ ready: true });
notify();
