export * from './ack.ts';
export * from './entities.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './ids.ts';
export * from './limits.ts';
export * from './rest.ts';
export * from './step-up.ts';
