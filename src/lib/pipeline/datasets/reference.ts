/**
 * The reference datasets: published as given (validated and typed), plus the pinyin the site's
 * occupation search needs.
 */
import { buildOccupationPinyin } from '../search-terms';
import { asGiven, type DatasetModule } from './dataset';

export const occupationGroups: DatasetModule = {
  name: 'occupation_groups',
  needs: () => ['occupation_groups'],
  build: ({ conn }) => buildOccupationPinyin(conn),
  select: `SELECT g.code, g.name, len(string_split(g.code, '-'))::TINYINT AS depth, p.pinyin, p.initials
           FROM occupation_groups g JOIN occupation_pinyin p USING (code) ORDER BY g.code`
};

export const occupations: DatasetModule = {
  name: 'occupations',
  needs: () => ['occupations'],
  select: `SELECT o.code, o.name, o.aliases, o.marks, o.max_level, p.pinyin, p.initials
           FROM occupations o JOIN occupation_pinyin p USING (code) ORDER BY o.code`
};

export const regions = asGiven('regions', 'code, name, parent_code, kind', 'kind DESC, code');
export const regionStats = asGiven('region_stats', 'region_code, year, population, employed', 'year, region_code');
export const skills = asGiven('skills', 'skill_id, name, synonyms, occupation_codes', 'skill_id');
export const certificates = asGiven('certificates', 'cert_id, name, kind, mandatory_for, aliases', 'cert_id');
