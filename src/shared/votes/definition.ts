/**
 * Moved to src/shared/voteLog/definition.ts. This forwarder only keeps two files that were
 * being edited when shared/votes was renamed compiling; delete it once nothing imports it
 * (npm run check:dead then reports it as an unused file).
 */
export * from '../voteLog/definition';
