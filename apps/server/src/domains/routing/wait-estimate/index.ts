/** Estimated wait for the live-agent queue: see estimator.ts and docs/wait-estimate.md. */

export {
  erlangCdf,
  erlangQuantile,
  gammaCdf,
  gammaQuantile,
  gammaShortestInterval,
  logGamma,
} from './erlang.ts';
export {
  type Abandonment,
  abandonmentRate,
  type CompletedChat,
  type EstimateBasis,
  type EstimateOptions,
  estimateWait,
  type HandleStats,
  handleTimeStats,
  type QueueSnapshot,
  type StaffedAgent,
  type WaitEstimate,
  waitMoments,
} from './estimator.ts';
export {
  type DisplayWait,
  formatPosition,
  formatWait,
  formatWaitAnnouncement,
  roundForDisplay,
  type WaitLocale,
} from './format.ts';
export { blendOverflow } from './overflow.ts';
