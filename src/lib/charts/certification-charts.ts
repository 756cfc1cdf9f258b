/** The /certification/ charts, as one module for the page to load when the first of them is about to be seen. */
export { passBarsChart } from './pass-bars';
export { promotionTrendChart } from './promotion-trend';
