/**
 * The career, training and education sources (DESIGN §3b), built on the same enterprises,
 * registry people, competitions and jobs as the other tables so the pages can join them. Every
 * generator draws from its own forked stream, so none of the §3 files changes.
 */
import { HONOURS, CERTIFICATIONS, EVALUATION_BODIES, LEVEL_EQUIVALENCE, LEVEL_REQUIREMENTS, SCHOOLS, SCHOOL_OUTCOMES, SHORTAGE_LIST, TRAINING_ENROLMENTS, TRAINING_PROGRAMMES, TRAINING_PROVIDERS, type CareerTable } from './career-tables';
import { certificationRows, competitionPromotions, otherCertifications, type CertificationContext } from './certification';
import type { Attempt } from './certification-model';
import type { Cell } from './csv';
import type { EnterpriseUniverse } from './enterprises';
import { bodyRows, buildBodies } from './evaluation-bodies';
import { generateHonours } from './honours';
import { levelEquivalenceRows, levelRequirementRows } from './ladder';
import { OutsidePeople } from './outside-people';
import type { Random } from './random';
import { RegistryLinks } from './registry-links';
import { generateSchools } from './schools';
import { generateShortageList } from './shortage';
import type { RegistryIndex } from './talent';
import { generateTraining } from './training';
import { buildProviders, providerRows } from './training-providers';

type Row = Record<string, Cell>;

export interface CareerInputs {
  universe: EnterpriseUniverse;
  registry: RegistryIndex;
  competitions: readonly { competition_id: string; date: string; year: number }[];
  results: readonly Row[];
  jobs: readonly Row[];
  scale: number;
}

/** Each table with its rows (certifications are made as they are written). */
export function generateCareerSources(rng: Random, input: CareerInputs): [CareerTable, Iterable<Row>][] {
  const { universe, registry, scale } = input;
  const links = new RegistryLinks(registry, rng.fork('registry-links'));
  const outside = new OutsidePeople(registry.idNumbers);

  const shortage = generateShortageList(rng.fork('shortage'), input.jobs);
  const schools = generateSchools(rng.fork('schools'), universe);
  const honours = generateHonours(rng.fork('honours'), registry, universe, schools.schools, scale);
  const providers = buildProviders(rng.fork('providers'), universe, schools.schools, honours.studios);
  const bodies = buildBodies(rng.fork('bodies'), schools.schools, providers);

  const attempts: Attempt[] = [];
  const ctx: CertificationContext = { links, outside, bodies, schools: schools.schools, universe, attempts, scale };
  // Competition promotions claim their registry promotions before courses and plain records do.
  competitionPromotions(rng.fork('competition-promotions'), ctx, input);
  const training = generateTraining(rng.fork('training'), { providers, shortage, bodies, links, outside, attempts, scale });
  otherCertifications(rng.fork('certifications'), ctx);

  return [
    [TRAINING_PROVIDERS, providerRows(providers)],
    [TRAINING_PROGRAMMES, training.programmeRows],
    [TRAINING_ENROLMENTS, training.enrolmentRows],
    [CERTIFICATIONS, certificationRows(rng.fork('certificate-rows'), attempts)],
    [EVALUATION_BODIES, bodyRows(bodies)],
    [LEVEL_REQUIREMENTS, levelRequirementRows(rng.fork('level-requirements'))],
    [LEVEL_EQUIVALENCE, levelEquivalenceRows()],
    [SCHOOLS, schools.schoolRows],
    [SCHOOL_OUTCOMES, schools.outcomeRows],
    [SHORTAGE_LIST, shortage.rows],
    [HONOURS, honours.rows]
  ];
}
