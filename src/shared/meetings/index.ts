export * from './agenda';
export * from './reorder';
export * from './events';
export * from './queue';
export * from './timers';
export * from './state';
export * from './minutes';
export * from './minutes-markdown';
