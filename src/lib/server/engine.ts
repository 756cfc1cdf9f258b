/** The build-time engine, opened once per build and shared by every page's load. */
import { NodeEngine } from '$lib/engine/node';
import { DATA_DIR, readManifest } from './release';

let engine: Promise<NodeEngine> | null = null;

export function buildEngine(): Promise<NodeEngine> {
  engine ??= NodeEngine.open(DATA_DIR, readManifest());
  return engine;
}
