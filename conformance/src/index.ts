export * from './cases.ts';
export * from './cli.ts';
export * from './report.ts';
export * from './run.ts';
