/** The /talent/ structure charts, as one module for the page to load when the first of them is about to be seen. */
export { levelBarsChart } from './level-bars';
export { levelHeatmapChart } from './level-heatmap';
export { marginalBarsChart } from './marginal-bars';
export { shareTrendChart } from './share-trend';
