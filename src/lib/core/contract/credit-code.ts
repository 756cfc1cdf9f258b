/**
 * The 统一社会信用代码 (GB 32100-2015) of an organisation: registration authority and kind
 * (2 characters), the 6-digit region code, the 9-character 组织机构代码 (GB 11714, its own check
 * character last) and a check character over the first 17.
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character of the first 17 characters of a credit code; null when one is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character of an 8-character 组织机构代码 body (digits and capital letters). */
export function organisationCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charCodeAt(i);
    sum += (c <= 57 ? c - 48 : c - 55) * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Whether an 18-character code is a well-formed 统一社会信用代码 with both check characters right. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/.test(code)) return false;
  if (organisationCodeCheckChar(code.slice(8, 16)) !== code[16]) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** A credit code from its parts; the 8-character organisation body must use the credit-code alphabet. */
export function creditCode(authorityAndKind: string, regionCode: string, organisationBody: string): string {
  const orgCheck = organisationCodeCheckChar(organisationBody);
  const first17 = `${authorityAndKind}${regionCode}${organisationBody}${orgCheck}`;
  const check = orgCheck == null ? null : creditCodeCheckChar(first17);
  if (check == null) throw new Error(`not a credit code: ${authorityAndKind} ${regionCode} ${organisationBody}`);
  return first17 + check;
}
