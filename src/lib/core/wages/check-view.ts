/**
 * The salary check on /wages/[code]/ in the URL (`?level=4&region=532503&amount=6500&per=year`),
 * so a checked offer can be shared or printed. Without parameters: the whole prefecture, per month.
 */
import type { Manifest } from '../manifest';
import { amount, integer, oneOf, viewCodec, type ViewCodec } from '../view-codec';
import { isSkillLevel } from './view';

export const PAY_PERIODS = ['month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export interface CheckView {
  level: number | null;
  region: string;
  amount: number | null;
  per: PayPeriod;
}

export function checkViewCodec(m: Manifest, regions: readonly string[]): ViewCodec<CheckView> {
  return viewCodec<CheckView>({
    level: integer(null, isSkillLevel),
    region: oneOf(regions.includes(m.prefecture.code) ? regions : [m.prefecture.code, ...regions], m.prefecture.code),
    amount: amount(),
    per: oneOf(PAY_PERIODS, 'month')
  });
}
