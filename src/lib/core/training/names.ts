/** Names the training pages show for codes: occupations, regions (the prefecture as 全州) and skills. */
export class TrainingNames {
  readonly #occupations: Map<string, string>;
  readonly #regions: Map<string, string>;
  readonly #skills: Map<string, string>;

  constructor(
    occupations: readonly { code: string; name: string }[],
    regions: readonly { code: string; name: string }[],
    skills: readonly { skill_id: string; name: string }[],
    readonly prefecture: string
  ) {
    this.#occupations = new Map(occupations.map((o) => [o.code, o.name]));
    this.#regions = new Map(regions.map((r) => [r.code, r.name]));
    this.#skills = new Map(skills.map((s) => [s.skill_id, s.name]));
  }

  occupation = (code: string): string => this.#occupations.get(code) ?? code;
  region = (code: string | null): string => (code === null ? '—' : code === this.prefecture ? '全州' : (this.#regions.get(code) ?? code));
  skill = (id: string): string => this.#skills.get(id) ?? id;
}
