import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve';

export default async function setup(project: TestProject) {
  if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build` first (npm run test:e2e does)');
  const server = await startServer('build', 0);
  const { port } = server.address() as { port: number };
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
