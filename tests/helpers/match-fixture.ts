/**
 * A small matcher world in code: a few welding, machining, electrical and kitchen occupations,
 * their skills and certificates, three counties in a row (个旧 – 蒙自 – 建水, the ends not adjacent).
 */
import type { CertificateRow, JobInput, MatchData, PoolRow, SkillRow } from '../../src/lib/core/match';

export const SKILLS: SkillRow[] = [
  { skill_id: 'SK001', name: '氩弧焊', synonyms: ['TIG焊', '钨极氩弧焊'] },
  { skill_id: 'SK002', name: '二氧化碳气体保护焊', synonyms: ['二保焊', 'CO2焊'] },
  { skill_id: 'SK003', name: '焊条电弧焊', synonyms: ['手工电弧焊'] },
  { skill_id: 'SK007', name: '管道焊接', synonyms: ['管道焊'] },
  { skill_id: 'SK014', name: '机械识图', synonyms: ['识图'] },
  { skill_id: 'SK016', name: '数控车床编程', synonyms: ['数控车编程'] },
  { skill_id: 'SK040', name: '低压配电', synonyms: [] },
  { skill_id: 'SK050', name: '滇菜烹饪', synonyms: ['滇菜'] }
];

export const CERTIFICATES: CertificateRow[] = [
  { cert_id: 'JN3', name: '职业技能等级证书(四级/中级工)', kind: 'skill_level', mandatory_for: [], aliases: ['中级工证'] },
  { cert_id: 'JN4', name: '职业技能等级证书(三级/高级工)', kind: 'skill_level', mandatory_for: [], aliases: ['高级工证'] },
  { cert_id: 'JN5', name: '职业技能等级证书(二级/技师)', kind: 'skill_level', mandatory_for: [], aliases: ['技师证'] },
  { cert_id: 'QT01', name: '食品从业人员健康证明', kind: 'other', mandatory_for: ['4-03-02-01'], aliases: ['健康证'] },
  { cert_id: 'TZ01', name: '熔化焊接与热切割作业', kind: 'special_operation', mandatory_for: ['6-18-02-04'], aliases: ['焊工证', '电焊证'] },
  { cert_id: 'TZ02', name: '低压电工作业', kind: 'special_operation', mandatory_for: ['6-31-01-03'], aliases: ['电工证'] }
];

export const OCCUPATIONS = [
  { code: '6-18-02-04', name: '焊工' },
  { code: '6-18-02-01', name: '铸造工' },
  { code: '6-18-01-01', name: '车工' },
  { code: '6-29-03-02', name: '管工' },
  { code: '6-31-01-03', name: '电工' },
  { code: '4-03-02-01', name: '中式烹调师' }
];

export const REGIONS = [
  { code: '532500', name: '红河哈尼族彝族自治州', kind: 'prefecture' },
  { code: '532501', name: '个旧市', kind: 'county' },
  { code: '532503', name: '蒙自市', kind: 'county' },
  { code: '532524', name: '建水县', kind: 'county' }
];

export const ADJACENCY = { '532501': ['532503'], '532503': ['532501', '532524'], '532524': ['532503'] };

/** A 焊工 who fits the reference job on every count. */
export function welder(ref: string, over: Partial<PoolRow> = {}): PoolRow {
  return {
    ref,
    occupation_code: '6-18-02-04',
    skill_level: 4,
    region_code: '532501',
    skills: ['SK001', 'SK002', 'SK007'],
    certificates: ['TZ01', 'JN4'],
    honors: [],
    competition_awards: [],
    experience_band: '6-10',
    availability: 'available',
    willing_to_relocate: false,
    expected_salary_min: 7000,
    expected_salary_max: 8000,
    ...over
  };
}

/** The example: a 焊工 job needing 高级工 and a 焊工证 in 个旧市. */
export const WELDING_JOB: JobInput = {
  job_id: 'J1',
  occupation_code: '6-18-02-04',
  min_level: 4,
  required_skills: ['SK001', 'SK002'],
  preferred_skills: ['SK007'],
  required_certificates: ['TZ01', 'JN4'],
  region_code: '532501',
  salary_min: 6500,
  salary_max: 9000
};

export function world(pool: PoolRow[], jobs: MatchData['jobs'] = []): MatchData {
  return { pool, jobs, skills: SKILLS, certificates: CERTIFICATES, occupations: OCCUPATIONS, regions: REGIONS, adjacency: ADJACENCY };
}
