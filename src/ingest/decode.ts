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
    throw new InputError(
      '二进制文件 (binary file, NUL byte): expected UTF-8 or GBK text extracted from a PDF',
      lineOf(bytes, nul),
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese PDF-to-text tools on Windows commonly write GBK (a subset of GB18030).
    const text = new TextDecoder('gb18030', { fatal: false }).decode(bytes);
    const chinese = (text.match(CJK) ?? []).length > 0;
    if (chinese && !text.includes('\uFFFD')) return { text, encoding: 'gb18030' };
    // Name the line where the reading that gets furthest stops: there the file was damaged (GBK
    // counts only if the text reads as Chinese).
    const stop = Math.max(readablePrefix(bytes, 'utf-8'), chinese ? readablePrefix(bytes, 'gb18030') : 0);
    throw new InputError(
      '无法识别的编码 (neither UTF-8 nor GBK text): expected UTF-8 or GBK text',
      lineOf(bytes, stop),
    );
  }
}

/** Length of the longest start of `bytes` that reads as `encoding` (a character cut off at its end counts as read). */
function readablePrefix(bytes: Uint8Array, encoding: string): number {
  let readable = 0;
  let unreadable = bytes.length + 1;
  while (unreadable - readable > 1) {
    const length = Math.floor((readable + unreadable) / 2);
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      readable = length;
    } catch {
      unreadable = length;
    }
  }
  return readable;
}

/** The 1-based line of the byte at `offset`, counting line ends as splitLines does (LF, CRLF, CR). */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, bytes.length); i++)
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}
