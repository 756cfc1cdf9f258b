/**
 * The /certification/ page's view in the URL: year × occupation group (大类 or 中类) × level ×
 * route × county. The prerendered HTML is `defaults`: the latest year, everything else all.
 */
import { CERTIFICATION_ROUTES } from '../contract/career-enums';
import type { Manifest } from '../manifest';
import { integer, oneOf, viewCodec, type ViewCodec } from '../view-codec';
import { isSkillLevel } from '../wages/view';

export interface CertificationView {
  year: number;
  group: string | null;
  level: number | null;
  route: string | null;
  county: string;
}

export const CERTIFICATION_ROUTE_CODES: readonly string[] = CERTIFICATION_ROUTES.map((r) => r.code);

/** `groups`: the 大类 and 中类 codes the page offers; `regions`: the release's region codes. */
export function certificationViewCodec(m: Manifest, groups: readonly string[], regions: readonly string[]): ViewCodec<CertificationView> {
  const years = m.years.certification ?? [];
  return viewCodec<CertificationView>({
    year: integer(years.at(-1) ?? 0, (y) => years.includes(y)),
    group: oneOf(groups, null),
    level: integer(null, isSkillLevel),
    route: oneOf(CERTIFICATION_ROUTE_CODES, null),
    county: oneOf(regions.includes(m.prefecture.code) ? regions : [m.prefecture.code, ...regions], m.prefecture.code)
  });
}
