import { describe, expect, it } from 'vitest';
import { readBuilt } from './built.ts';

describe('about page (MDX)', () => {
  it('renders its GFM tables as tables, through remark-gfm', () => {
    const about = readBuilt('about/index.html');
    expect(about.match(/<table>/g)).toHaveLength(4);
    expect(about).toContain('<th>一级指标</th>');
    expect(about).toContain('<td>11 数量指标、12 质量指标、13 时效指标、14 成本指标</td>');
    expect(about).not.toContain('| --- |');
  });
});
