import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Svelte components compile for server rendering, so a test can snapshot what prerender writes
  plugins: [svelte()],
  // components import the core as SvelteKit does; `$app/*` is mocked by the tests that need it
  resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
});
