/**
 * The matching core's public API: the same code in the browser worker, the CLI and the tests.
 *
 *   const index = buildMatchIndex({ pool, jobs, skills, certificates, occupations, regions, adjacency });
 *   matchJob(index, { occupation_code: '6-18-02-04', min_level: '高级工', required_certificates: ['焊工证'], region_code: '532501' }, { top: 10 });
 *   matchSeeker(index, { occupation_code: '6-18-02-04', skill_level: 4, skills: ['熟练掌握氩弧焊'], expected_salary: 7000 });
 */
export type {
  CandidateResult,
  CertificateRow,
  Components,
  JobInput,
  JobQuery,
  JobResult,
  JobRow,
  MatchData,
  MatchOptions,
  OccupationRow,
  PoolRow,
  Reasons,
  RegionRow,
  SeekerInput,
  SeekerQuery,
  SkillRow,
  TermNote
} from './types';
export {
  COMPONENT_KEYS,
  COMPONENT_LABELS,
  DEFAULT_TOP,
  EXPERIENCE,
  GATES,
  LEVEL_FIT,
  LOCATION_FIT,
  MERIT,
  OCCUPATION_PROXIMITY,
  SALARY_FIT,
  SEEKER,
  SEEKER_COMPONENT_KEYS,
  WEIGHTS,
  type ComponentKey,
  type SeekerComponentKey
} from './weights';
export { buildMatchIndex, type MatchIndex } from './match-index';
export { countyAdjacency, type Adjacency } from './adjacency';
export { MatchInputError, normalizeJob, normalizeSeeker } from './normalize-query';
export { matchJob, matchJobId, matchJobQuery, matchSeeker, matchSeekerQuery, matchSeekerRef } from './score';
export { createMatchHandler, type MatchRequest, type MatchResponse } from './match-worker-protocol';
export { RELATED_OCCUPATIONS } from './related-occupations';
export { readingSentence } from './reading-sentence';
