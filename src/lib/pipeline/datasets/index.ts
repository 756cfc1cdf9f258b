/**
 * Every dataset a release can hold, in build order (a dataset may read what an earlier one built:
 * competition results link to the pool's references). Adding a dataset = one module + one line here
 * + its name and label in core/manifest.ts (docs/architecture.md, "Adding a source table and a dataset").
 */
import type { DatasetModule } from './dataset';
import { evaluationBodies, levelEquivalence, levelRequirements } from './careers';
import { certificationStats } from './certification';
import { competitionResults, competitions } from './competitions';
import { jobs } from './jobs';
import { honours } from './honours';
import { certificates, occupationGroups, occupations, regionStats, regions, skills } from './reference';
import { schoolOutcomes, schools } from './schools';
import { shortageList } from './shortage';
import { talentPool, talentStats } from './talent';
import { trainingOutcomes, trainingProgrammes, trainingProviders } from './training';
import { wagePrices } from './wage-prices';

export const DATASETS: readonly DatasetModule[] = [
  occupationGroups,
  occupations,
  regions,
  regionStats,
  skills,
  certificates,
  wagePrices,
  talentPool,
  talentStats,
  competitions,
  competitionResults,
  jobs,
  evaluationBodies,
  certificationStats,
  levelRequirements,
  levelEquivalence,
  trainingProviders,
  trainingProgrammes,
  trainingOutcomes,
  schools,
  schoolOutcomes,
  shortageList,
  honours
];
