export { csb, google } from '../gen/csb.js';
export * from './codec.ts';
export * from './topics.ts';
