/**
 * Runs training tasks on worker threads while keeping `IntentClassifier.train` synchronous: the parent
 * posts tasks on message ports and blocks in `Atomics.wait` on a shared counter that a worker bumps after
 * each answer, then reads the answers with `receiveMessageOnPort`. Results are returned in task order and
 * each task is deterministic on its own, so the model does not depend on the number of workers or on
 * scheduling. Falls back to running the tasks in the calling thread when workers cannot start.
 */
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import {
  clearTaskCache,
  runTrainTask,
  type TaskResult,
  type TrainContext,
  type TrainTask,
} from './train-task.ts';

const STARTUP_TIMEOUT_MS = 60_000;
/** Longest wait for any answer before giving up (a task of a large data set on a loaded machine). */
const TASK_TIMEOUT_MS = 30 * 60_000;

type Answer =
  | { ready: true }
  | { failed: string }
  | { id: number; result: TaskResult }
  | { id: number; error: string };

interface Slot {
  worker: Worker;
  port: MessagePort;
  ready: boolean;
  busy: number;
}

function sequential(ctx: TrainContext, tasks: readonly TrainTask[]): TaskResult[] {
  try {
    return tasks.map((t) => runTrainTask(ctx, t));
  } finally {
    clearTaskCache();
  }
}

/**
 * Runs the tasks on up to `workers` threads (in the calling thread when `workers` <= 1). Tasks are started
 * in the given order, so put the longest first.
 */
export function runTrainTasks(
  ctx: TrainContext,
  tasks: readonly TrainTask[],
  workers: number,
  log: (message: string) => void = () => {},
): TaskResult[] {
  const n = Math.min(workers, tasks.length);
  if (n <= 1) return sequential(ctx, tasks);
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const slots: Slot[] = [];
  const terminate = () => {
    for (const s of slots) {
      s.port.close();
      void s.worker.terminate();
    }
  };
  try {
    for (let i = 0; i < n; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(new URL('./train-worker.cjs', import.meta.url), {
        workerData: { port: port2, signal, context: ctx },
        transferList: [port2],
        execArgv: [],
      });
      worker.unref();
      slots.push({ worker, port: port1, ready: false, busy: -1 });
    }
  } catch (err) {
    terminate();
    log(`nlu: worker threads unavailable (${(err as Error).message}); training in one thread`);
    return sequential(ctx, tasks);
  }

  const results: (TaskResult | undefined)[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  let seen = 0;
  let failure: string | null = null;
  const startedAt = performance.now();
  let lastAnswer = performance.now();
  const dispatch = (s: Slot) => {
    if (next >= tasks.length) {
      s.busy = -1;
      return;
    }
    s.busy = next;
    s.port.postMessage({ id: next, task: tasks[next] });
    next++;
  };
  while (done < tasks.length) {
    const now = performance.now();
    const waitingForStart = slots.some((s) => !s.ready);
    const limit = waitingForStart ? startedAt + STARTUP_TIMEOUT_MS : lastAnswer + TASK_TIMEOUT_MS;
    if (now >= limit) {
      failure = waitingForStart ? 'workers did not start in time' : 'no answer from the training workers';
      break;
    }
    if (Atomics.load(counter, 0) === seen) Atomics.wait(counter, 0, seen, Math.min(limit - now, 1000));
    const current = Atomics.load(counter, 0);
    if (current === seen) continue;
    seen = current;
    lastAnswer = performance.now();
    for (const s of slots) {
      for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
        const a = m.message as Answer;
        if ('ready' in a) {
          s.ready = true;
          dispatch(s);
        } else if ('failed' in a) {
          failure = `worker failed to start: ${a.failed}`;
        } else if ('error' in a) {
          terminate();
          throw new Error(`nlu training task ${a.id} failed: ${a.error}`);
        } else {
          results[a.id] = a.result;
          done++;
          dispatch(s);
        }
      }
    }
    if (failure) break;
  }
  terminate();
  if (failure) {
    if (slots.every((s) => !s.ready)) {
      log(`nlu: ${failure}; training in one thread`);
      return sequential(ctx, tasks);
    }
    // Some tasks may have finished on workers: run only the missing ones here.
    log(`nlu: ${failure}; finishing in one thread`);
    try {
      return tasks.map((t, i) => results[i] ?? runTrainTask(ctx, t));
    } finally {
      clearTaskCache();
    }
  }
  return results as TaskResult[];
}
