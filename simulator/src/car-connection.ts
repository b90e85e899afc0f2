// The car's MQTT transport lives in the head-unit library (head-unit/src/connection.ts).
export * from '@csb/head-unit';
