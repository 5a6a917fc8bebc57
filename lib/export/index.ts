export * from './types';
export * from './ics';
export * from './csv';
export * from './timelinejs';
