import { readManifest } from '$lib/server/release';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ manifest: readManifest() });
