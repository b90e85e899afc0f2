// The views of downlinks live in the head-unit library (head-unit/src/views.ts).
export * from '@csb/head-unit';
