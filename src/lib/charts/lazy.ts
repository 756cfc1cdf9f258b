/**
 * Chart modules loaded when a chart is first about to be seen (components/ChartBox.svelte):
 * Observable Plot and the d3 modules it brings (≈70 KB brotli) stay out of a page's first
 * download, and a phone reading the top of the page never builds the charts further down.
 */
export const talentCharts = () => import('./talent-charts');
export const competitionCharts = () => import('./year-bars-chart');
export const certificationCharts = () => import('./certification-charts');
