/**
 * The hard gates said in Chinese from the constants that decide them (weights.ts GATES), so a page
 * that states the rule cannot drift from the scorer: 职业相同或相近（同属一个小类，或为相关职业）、
 * 等级最多低一级、持有法定必备证书（特种作业操作证、准入类职业资格）.
 */
import { CERTIFICATE_KINDS, enumLabel } from '../enums';
import { formatChineseNumeral } from '../format';
import { OCCUPATION_DEPTH_NAMES } from '../occupation-codes';
import { GATES } from './weights';

export const occupationGateWording = (): string => `职业相同或相近（同属一个${OCCUPATION_DEPTH_NAMES[GATES.minSharedOccupationDepth]}，或为相关职业）`;

export const levelGateWording = (shortfall: number = GATES.maxLevelShortfall): string =>
  shortfall === 0 ? '技能等级达到要求' : `技能等级最多低${formatChineseNumeral(shortfall)}级`;

export const certificateGateWording = (): string =>
  `持有法定必备证书（${GATES.mandatoryCertificateKinds.map((k) => enumLabel(CERTIFICATE_KINDS, k)).join('、')}）`;

/** Every gate, for "没有符合硬性条件（…）的人选". */
export const gatesWording = (): string => [occupationGateWording(), levelGateWording(), certificateGateWording()].join('、');
