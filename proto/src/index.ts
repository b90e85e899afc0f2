export * from './codec.ts';
export { csb, google } from './generated.ts';
export * from './topics.ts';
