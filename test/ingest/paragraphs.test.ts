import { describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/ingest/paragraphs.ts';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('paragraphs', () => {
  it('breaks before a numbered point that begins a line after a line that ended short', () => {
    expect(
      paragraphs(lines('1.配合我局落实依法行政工作，结合', '我局工作实际出具报告。', '2.强化统筹科技计划监督。')),
    ).toEqual(['1.配合我局落实依法行政工作，结合我局工作实际出具报告。', '2.强化统筹科技计划监督。']);
  });

  it('does not break where a numbered point only happens to begin a wrapped line after a full one', () => {
    expect(
      paragraphs(
        lines(
          '一是深入实施创新驱动发展战略，优化',
          '环境。二是提升和完善科技服务体系，',
          '三是通过以赛代评助推项目落地。',
        ),
      ),
    ).toEqual(['一是深入实施创新驱动发展战略，优化环境。二是提升和完善科技服务体系，三是通过以赛代评助推项目落地。']);
  });

  it('counts a line one column short as full (a half-width character did not fit) and skips blank lines', () => {
    expect(
      paragraphs(
        lines('通过开展创新环境计划优化创新生态', '', '提升服务体系及科技成果转移转化1', '（二）提升服务体系'),
      ),
    ).toEqual(['通过开展创新环境计划优化创新生态提升服务体系及科技成果转移转化1（二）提升服务体系']);
  });
});
