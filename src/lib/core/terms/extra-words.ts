/**
 * The words people wrap around a skill (熟练掌握…, …经验, 会…, 能独立完成…, 从事…多年), and the
 * forms of a tag with them removed, tried from the least stripped. A form only counts when it is a
 * vocabulary word, so removing too much reads nothing rather than something wrong.
 */

const PREFIX =
  /^(\d+年(以上)?的?|熟练掌握|熟练运用|熟练使用|熟练操作|熟练|精通|熟悉|掌握|了解|懂得|懂|能够独立完成|能够独立|能独立完成|能独立|可独立完成|可独立|独立完成|独立|能够|能|可以|会|具备|具有|擅长|持有|取得|长期从事|专业从事|从事|负责|参与|有)/;
const SUFFIX =
  /(相关工作经验|工作经验|相关经验|从业经验|操作经验|经验丰富|经验|技术|技能|能力|相关工作|工作|操作熟练|熟练|精通|丰富|多年|以上|者优先|优先|等|方面|相关|知识|基础|\d+年)$/;
/** Tried last: a trailing word that is often part of the name (…操作, …施工, …工, …师). */
const LAST = /(操作|作业|施工|工艺|工|师)$/;

const MAX_FORMS = 16;

/** A folded tag and its forms without extra words, least stripped first. */
export function termForms(folded: string): string[] {
  const out = [folded];
  for (let i = 0; i < out.length && out.length < MAX_FORMS; i++) {
    const x = out[i];
    for (const y of [x.replace(PREFIX, ''), x.replace(SUFFIX, '')]) if (y && y !== x && !out.includes(y)) out.push(y);
  }
  for (const x of [...out]) {
    const y = x.replace(LAST, '');
    if ([...y].length >= 2 && !out.includes(y)) out.push(y);
  }
  return out;
}

/** A certificate as people write it (电工上岗证, 特种作业操作证（焊工）, 中级技能证书) → its core (电工, 焊工, 中级). */
export function certificateCore(folded: string): string {
  let s = folded
    .replace(/^(持有|取得|有)/, '')
    .replace(/^特种(作业|设备作业人员?)(操作)?(证书|证)/, '')
    .replace(/^职业技能等级(证书|证)/, '');
  let prev = '';
  while (s !== prev) {
    prev = s;
    s = s.replace(/(操作|上岗|职业资格|资格|作业|从业|合格|技能|等级|执业)?(证书|证明|证)$/, '').replace(/(操作|作业)$/, '');
  }
  return s || folded;
}
