export * from './facts';
export * from './scope';
export * from './metrics';
export * from './phase';
export * from './demand';
export * from './dangling';
