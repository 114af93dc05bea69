import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT_TOKEN, parseAmount } from '../../src/ingest/amounts.ts';
import { decodeSource } from '../../src/ingest/decode.ts';
import { InputError } from '../../src/ingest/errors.ts';
import { splitLines } from '../../src/ingest/lines.ts';

describe('decodeSource and splitLines', () => {
  /** The InputError decoding `bytes` throws (fails when it throws none). */
  function refusal(bytes: Uint8Array): InputError {
    try {
      decodeSource(bytes);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return error as InputError;
    }
    return expect.unreachable(`decoded without an error: ${new TextDecoder().decode(bytes)}`);
  }
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const bytes = (...parts: Array<Uint8Array | number[]>) => new Uint8Array(parts.flatMap((p) => [...p]));

  it('refuses an empty file (no line to name) and a binary file at the line of its NUL byte', () => {
    expect(refusal(new Uint8Array()).line).toBeNull();
    expect(refusal(utf8('a\nb\n\u0000')).line).toBe(3);
    expect(refusal(utf8('a\r\nb\rc\u0000')).line).toBe(3);
  });

  it('refuses text that is neither UTF-8 nor GBK at the line where it stops reading as either', () => {
    // UTF-8 with a stray byte on line 3.
    expect(refusal(bytes(utf8('部门名称：甲\n乙\n丙'), [0xff], utf8('丁\n戊\n'))).line).toBe(3);
    // GBK (甲 = BC D7) with a byte GBK does not allow (FF) on line 2.
    const gbk = [0xbc, 0xd7];
    expect(refusal(bytes(gbk, [0x0a], gbk, [0xff, 0x0a], gbk, [0x0a])).line).toBe(2);
    // UTF-8 cut in the middle of its last character, on line 2 (CRLF line ends).
    expect(refusal(bytes(utf8('甲乙\r\n丙'), utf8('丁').subarray(0, 2))).line).toBe(2);
    // Not Chinese in either reading: the first byte that is not UTF-8.
    expect(refusal(bytes(utf8('abc\ndef\n'), [0xe9, 0x0a, 0x41])).line).toBe(3);
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
