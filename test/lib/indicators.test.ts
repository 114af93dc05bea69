import { describe, expect, it } from 'vitest';
import { describeTarget, groupByCategory, isMeasurable } from '../../src/lib/indicators.ts';
import type { Indicator } from '../../src/schema/index.ts';

const indicator = (l1: string, l2: string, name: string, measurable: boolean): Indicator => ({
  level1: { code: l1, name: `${l1}级`, label: `${l1}级` },
  level2: { code: l2, name: `${l2}类`, label: `${l2}类` },
  name,
  periodValue: null,
  annualValue: null,
  periodTarget: { kind: 'qualitative' },
  annualTarget: measurable ? { kind: 'measurable', comparator: '>=', value: 90, unit: '%' } : { kind: 'qualitative' },
  lines: { from: 1, to: 1 },
});

describe('describeTarget', () => {
  it('reads a measurable target as comparator, value and unit', () => {
    expect(describeTarget({ kind: 'measurable', comparator: '>=', value: 90, unit: '%' })).toBe('≥ 90 %');
    expect(describeTarget({ kind: 'measurable', comparator: '~', value: 3, unit: '' })).toBe('约 3');
    expect(describeTarget({ kind: 'qualitative' })).toBe('定性');
  });
});

describe('isMeasurable', () => {
  it('is true when either value has a measurable target', () => {
    expect(isMeasurable(indicator('1', '11', 'a', true))).toBe(true);
    expect(isMeasurable(indicator('1', '11', 'a', false))).toBe(false);
  });
});

describe('groupByCategory', () => {
  it('groups by 一级/二级 code in code order, keeping source order inside a group', () => {
    const items = [indicator('2', '22', 'x', false), indicator('1', '13', 'y', true), indicator('2', '22', 'z', true)];
    expect(groupByCategory(items, (i) => i).map((g) => [g.level2.code, g.items.map((i) => i.name)])).toEqual([
      ['13', ['y']],
      ['22', ['x', 'z']],
    ]);
  });
});
