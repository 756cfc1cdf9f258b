/** What the training components prerender: the courses toward a career rung, and withheld outcomes. */
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import CoursesToward from '../../src/lib/components/training/CoursesToward.svelte';
import OutcomeFigures from '../../src/lib/components/training/OutcomeFigures.svelte';
import type { CourseCard } from '../../src/lib/core/queries/training';
import { coursesToward } from '../../src/lib/core/training/finder';
import type { OutcomeRow } from '../../src/lib/core/training/outcomes';

vi.mock('$app/paths', () => ({ base: '/site' }));

const outcome = (over: Partial<OutcomeRow> = {}): OutcomeRow =>
  ({ cohort_year: 2025, provider_id: 'P1', programme_id: 'A', n_enrolled: 30, n_completed: 28, n_completion_unknown: 0, n_certified: 24, n_certified_4: 24, n_employed_6m: 27, n_employment_unknown: 1, n_wage: 25, wage_after_p25: 6000, wage_after_p50: 7000, wage_after_p75: 8000, wage_withheld: false, suppressed: false, suppressed_reason: null, ...over }) as OutcomeRow;

const card = (id: string, start: string, over: Partial<CourseCard> = {}): CourseCard =>
  ({ programme_id: id, provider_id: 'P1', name: `焊工（高级工）培训班 ${id}`, occupation_code: '6-18-02-04', target_level: 4, type: '岗位技能提升培训', skills: [], hours: 120, practical_hours: 80, mode: '线下', start_date: start, end_date: null, capacity: 20, fee: 1550, subsidy: 1500, shortage_uplift: 0.2, shortage_period: '2026Q4', shortage_status: '紧缺', uplift_applied: true, subsidy_total: 1800, net_fee: 0, eligible_groups: [], region_code: '532503', year: 2027, provider_name: '红河州技师学院', provider_kind: '技工院校', provider_status: '正常', status_note: null, outcome: null, previous: null, earlier: { runs: 0, withheld: 0 }, providerYear: null, ...over }) as CourseCard;

describe('CoursesToward (a rung of /careers/[code])', () => {
  const cards = [
    card('NEXT', '2027-03-11', { previous: { programme_id: 'A', name: 'A', type: '岗位技能提升培训', start_date: '2025-04-29', outcome: outcome() } }),
    card('OLD', '2025-04-29', { outcome: outcome({ suppressed: true, suppressed_reason: 'small', n_enrolled: null }) }),
    card('OTHER', '2027-01-01', { target_level: 5 })
  ];
  it('lists the courses toward the rung, the next first, with cost and earlier trainees, and links the finder', () => {
    const { total, courses } = coursesToward(cards, '6-18-02-04', 4, '2026-12-01');
    const { body } = render(CoursesToward, { props: { occupation: { code: '6-18-02-04', name: '焊工' }, level: 4, courses, total, asOf: '2026-12-01', min: 10 } });
    const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text.indexOf('NEXT')).toBeLessThan(text.indexOf('OLD'));
    expect(text).toContain('2027年3月11日开班 · 自付 0 元 · 上一期 6个月就业 93%，取证 80%');
    expect(text).toContain('往期 2025年4月29日 · 自付 0 元 · 本班学员不足 10 人，不公布');
    expect(text).not.toContain('OTHER');
    expect(body).toContain('href="/site/training/NEXT/"');
    expect(body).toContain('href="/site/training/?occ=6-18-02-04&amp;level=4&amp;when=all"');
    expect(text).toContain('查看通往焊工高级工（三级）的全部 2 门培训课程');
  });
  it('says when no course leads to the rung', () => {
    const { body } = render(CoursesToward, { props: { occupation: { code: '6-18-02-04', name: '焊工' }, level: 7, courses: [], total: 0, asOf: '2026-12-01', min: 10 } });
    expect(body).toContain('暂无通往焊工特级技师的培训课程');
  });
});

describe('OutcomeFigures', () => {
  it('shows a withheld cell as withheld, never as 0', () => {
    const { body } = render(OutcomeFigures, { props: { outcome: outcome({ suppressed: true, suppressed_reason: 'complementary', n_enrolled: null, n_completed: null }), min: 10 } });
    expect(body).toContain('为防止由合计反推其他不足 10 人的班次，不公布');
    expect(body).not.toMatch(/>0</);
  });
  it('counts unknown employment apart and names the levels gained', () => {
    const text = render(OutcomeFigures, { props: { outcome: outcome(), min: 10 } }).body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('6个月就业 93% 27/29 人，另 1 人不明');
    expect(text).toMatch(/取证 80% 24\/30 人 ?（高级工 24）/);
    expect(text).toContain('中位数 7,000 元/月 P25–P75 6,000–8,000，25 人填报');
  });
});
