/**
 * Axis labels cut to the room they have. Plot's tick labels are SVG text: a label wider than the
 * margin is clipped at the chart's edge (at 360 px, "D 电力、热力、燃气及水生产和供应业" lost its
 * first characters). A CJK or full-width character takes about 1 em, other characters about 0.6 em.
 */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/** The label's width in ems. */
export const labelEms = (s: string): number => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.6), 0);

/** Plot's tick (6 px) and its padding (3 px), and a pixel to spare. */
const TICK_ROOM = 10;

/**
 * A tick format that keeps a label within `marginPx` of left margin at `fontPx`, ending a cut one
 * with …; the full label stays in the chart's data table.
 */
export function fitLabel(marginPx: number, fontPx: number): (s: string) => string {
  const ems = (marginPx - TICK_ROOM) / fontPx;
  return (s: string) => {
    if (labelEms(s) <= ems) return s;
    let out = '';
    for (const ch of s) {
      if (labelEms(out + ch) + 1 > ems) break;
      out += ch;
    }
    return `${out}…`;
  };
}
