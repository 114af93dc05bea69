import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_TOKEN, parseAmount } from '../../src/ingest/amounts.ts';
import { decodeSource } from '../../src/ingest/decode.ts';
import { InputError } from '../../src/ingest/errors.ts';
import { splitLines } from '../../src/ingest/lines.ts';

describe('decodeSource and splitLines', () => {
  it('refuses empty and binary files with a line number', () => {
    expect(() => decodeSource(new Uint8Array())).toThrow(InputError);
    try {
      decodeSource(new TextEncoder().encode('a\nb\n\u0000'));
    } catch (error) {
      expect((error as InputError).line).toBe(3);
    }
  });

  it('numbers lines as an editor does, whatever the line ends, without the BOM', () => {
    expect(splitLines('\uFEFF甲\r\n乙\r丙\n\n丁\n')).toEqual([
      { no: 1, text: '甲' },
      { no: 2, text: '乙' },
      { no: 3, text: '丙' },
      { no: 4, text: '' },
      { no: 5, text: '丁' },
    ]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['9,976.70', 9976.7],
    ['9976.70', 9976.7],
    ['235,659.44', 235659.44],
    ['1，234.5', 1234.5],
    ['0.00', 0],
    ['12', 12],
  ])('%s → %d', (token, value) => expect(parseAmount(token)).toBe(value));

  it.each(['', '1,23.00', '12,53x.00', '1.2.3', '—'])('%s is not an amount', (token) =>
    expect(parseAmount(token)).toBeNull(),
  );

  it('reads back any amount printed with or without separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), fc.boolean(), (cents, grouped) => {
        const printed = (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, useGrouping: grouped });
        expect(AMOUNT_TOKEN.test(printed)).toBe(true);
        expect(Math.round(parseAmount(printed)! * 100)).toBe(cents);
      }),
      { seed: 3 },
    );
  });
});
