/** Stage 1 (read): bytes of a PDF-to-text export → text, refusing what is not text. */
import { InputError } from './errors.ts';

export interface DecodedText {
  text: string;
  /** `utf-8`, or `gb18030` when the file was GBK/GB18030-encoded and decoded as such. */
  encoding: 'utf-8' | 'gb18030';
}

const CJK = /[\u4e00-\u9fff]/g;

export function decodeSource(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new InputError('文件为空 (empty file): expected the text of a budget disclosure');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = countNewlines(bytes.subarray(0, nul)) + 1;
    throw new InputError('二进制文件 (binary file, NUL byte): expected UTF-8 or GBK text extracted from a PDF', line);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese PDF-to-text tools on Windows commonly write GBK (a subset of GB18030).
    const text = new TextDecoder('gb18030', { fatal: false }).decode(bytes);
    if ((text.match(CJK) ?? []).length > 0 && !text.includes('\uFFFD')) return { text, encoding: 'gb18030' };
    throw new InputError('无法识别的编码 (neither UTF-8 nor GBK text): expected UTF-8 or GBK text');
  }
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}
