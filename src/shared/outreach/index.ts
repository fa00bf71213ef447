export * from './county';
export * from './flyer';
