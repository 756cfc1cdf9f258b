import { readHistory } from '$lib/server/release';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ history: readHistory() });
