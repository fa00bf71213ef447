/** Canvassing domain (pure: main, renderer and print routes). */
export * from './schema';
export * from './address';
export * from './household';
export * from './walkOrder';
export * from './turfs';
export * from './walkList';
export * from './results';
export * from './presets';
export * from './counties';
export * from './export';
export { VoterRowMapper, type RowMapperOptions } from './rowMapper';
