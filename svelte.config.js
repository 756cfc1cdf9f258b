import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync } from 'node:fs';

/**
 * A page per row of a dataset has no pages when the release does not publish that dataset (a
 * bureau without school or training tables): its route is then unseen by design, and the rest of
 * the site builds. Any other unseen route fails the build.
 */
const ROUTE_DATASETS = {
  '/wages/[code]': ['wage_prices'],
  '/careers/[code]': ['wage_prices', 'certification_stats'],
  '/training/[programme]': ['training_programmes'],
  '/training/provider/[id]': ['training_providers'],
  '/schools/[id]': ['schools']
};
const published = () => {
  const file = 'static/data/manifest.json';
  return existsSync(file) ? Object.keys(JSON.parse(readFileSync(file, 'utf8')).datasets ?? {}) : [];
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
    prerender: {
      handleHttpError: 'fail',
      // A fragment that carries URL state (/match/#seeker=R…) is not an element id; any other missing id fails the build.
      handleMissingId: ({ id, message }) => {
        if (!id.includes('=')) throw new Error(message);
      },
      handleUnseenRoutes: ({ routes, message }) => {
        const datasets = published();
        const unexpected = routes.filter((id) => !ROUTE_DATASETS[id] || ROUTE_DATASETS[id].some((d) => datasets.includes(d)));
        if (unexpected.length) throw new Error(`${message}\n(unexpected: ${unexpected.join(', ')})`);
      },
      entries: ['*']
    },
    // The CSP is set per page in app.html's meta tag (see docs/deploy.md for the header version).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'wasm-unsafe-eval'],
        'worker-src': ['self', 'blob:'],
        'connect-src': ['self'],
        'img-src': ['self', 'data:'],
        'style-src': ['self', 'unsafe-inline'],
        'font-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
