/**
 * What every page says while it loads, updates, fails or retries: one wording everywhere
 * (QueryState, the engine's status line, the matcher).
 */
export const WORDING = {
  loading: '正在查询…',
  stale: '正在更新…',
  failed: '查询失败',
  /** Said after a failure when the results on screen belong to the previous choice. */
  staleAfterFailure: '下方仍是上一次的结果，与上面的条件不符。',
  retry: '重试',
  /** A section with nothing to show because its query failed; the page's status line above says why and has 重试. */
  failedAbove: '未能查询，请按上方的“重试”。',
  engineLoading: '正在加载交互分析引擎',
  engineReady: '交互分析已就绪',
  engineFailed: '交互分析引擎加载失败',
  /** The page's prerendered figures stay valid when the engine cannot load. */
  pageStillValid: '页面上的数据仍然有效，但筛选与查询暂不可用。'
} as const;

/** "查询失败：reason。" — the reason as the engine or the network gave it. */
export const failedWith = (reason: string): string => `${WORDING.failed}：${reason.replace(/[。.]$/, '')}。`;
