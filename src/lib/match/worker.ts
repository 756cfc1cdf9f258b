/**
 * The matcher's Web Worker: the core's message handler, nothing else. Building the index and
 * scoring 40,000 people run here so typing and scrolling never wait for them.
 */
import { createMatchHandler, type MatchRequest, type MatchResponse } from '../core/match';

const scope = self as unknown as { onmessage: ((e: MessageEvent<MatchRequest>) => void) | null; postMessage(m: MatchResponse): void };
const handle = createMatchHandler();
scope.onmessage = (e) => scope.postMessage(handle(e.data));
