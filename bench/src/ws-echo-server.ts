/** The baseline: a bare `ws` WebSocket server that echoes every frame, in its own process. */
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createStatsCollector, serveParent } from './child-stats.ts';
import type { ChildReady, ChildStats } from './ipc.ts';
import { Profiler } from './profiler.ts';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
wss.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
});

const collect = createStatsCollector();
const profiler = new Profiler();
serveParent({
  stats: (): ChildStats => ({ ...collect(), connections: { engine: wss.clients.size } }),
  'profile-start': () => profiler.start(),
  'profile-stop': () => profiler.stop(),
  shutdown: () => null,
});

const { port } = wss.address() as AddressInfo;
const ready: ChildReady = { type: 'ready', url: `ws://127.0.0.1:${port}`, pid: process.pid };
process.send?.(ready);
