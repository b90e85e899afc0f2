// The head unit lives in the head-unit library (head-unit/README.md); re-exported for the simulator's users.
export * from '@csb/head-unit';
