/** The registry set's rows as written to people.json, jobs.json and seekers.json (source shapes). */

export interface RawPerson {
  person_id: string;
  name: string;
  gender: string;
  birth_year: number;
  ethnicity: string;
  hukou: string;
  region_code: string;
  occupation_code: string;
  skill_level: number;
  certificates: string;
  skills: string;
  years_experience: number | null;
  honors: string;
  availability: string;
  willing_to_relocate: boolean | null;
  expected_salary: number | null;
  consent_public: boolean;
}

export interface RawJob {
  job_id: string;
  enterprise: string;
  region_code: string;
  occupation_code: string;
  title: string | null;
  min_level: number;
  required_skills: string;
  preferred_skills: string;
  required_certificates: string;
  salary_min: number | null;
  salary_max: number | null;
}

export interface RawSeeker {
  seeker_id: string;
  name: string;
  gender: string;
  birth_year: number;
  occupation_code: string;
  skill_level: number;
  region_code: string;
  skills: string[];
  certificates: string[];
  expected_salary: number | null;
  willing_to_relocate: boolean | null;
  years_experience: number | null;
}
