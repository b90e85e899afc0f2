export * from './client.ts';
export * from './connection.ts';
export * from './errors.ts';
export * from './head-unit.ts';
export * from './views.ts';
