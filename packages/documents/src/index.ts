export * from './officialDocument';
export * from './documentTypes';
export { placeAndDate } from './vietnameseDate';
export { renderDocx } from './renderDocx';
