/**
 * Stage 1 for a PDF (read): bytes → pages of positioned glyphs and ruling lines, with Mozilla's
 * pdf.js (its bundled CMaps and standard fonts: no network, no native binary).
 *
 * pdf.js's own text content merges neighbouring runs on one baseline into one item (a cell's amount
 * and the next cell's text become "1,425.00 贯彻…"), so glyphs are placed here from the operator
 * list, the way pdf.js's canvas renderer places them; cells are then told apart by the drawn borders.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors.ts';
import { applyMatrix, IDENTITY, type Matrix, multiply, toMatrix } from './matrix.ts';
import type { PdfGlyph, PdfPage, PdfRule } from './page.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

interface PdfJsFont {
  fontMatrix?: number[];
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

interface PdfJsGlyph {
  unicode: string;
  /** Advance in glyph space (thousandths of the font size); missing for a glyph the font lacks. */
  width?: number;
  isSpace: boolean;
}

let pdfjs: Promise<PdfJs> | undefined;
/** Loaded on first use: text sources never pay for pdf.js. */
const loadPdfJs = (): Promise<PdfJs> => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

const pdfjsDataDir = (folder: string): string => {
  const require = createRequire(import.meta.url);
  return `${pathToFileURL(join(dirname(require.resolve('pdfjs-dist/package.json')), folder)).href}/`;
};

/** Borders are drawn as hairlines or as thin filled rectangles; anything thicker is not a border. */
const MAX_RULE_THICKNESS = 3;

/** Every page of a PDF as glyphs and rules, in points from the page's top-left corner. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js rebuilds what it can of a damaged file; a truncated one must not pass for a shorter form.
  if (!new TextDecoder('latin1').decode(bytes.subarray(-1024)).includes('%%EOF')) {
    throw new InputError('PDF 文件不完整（结尾缺少 %%EOF，可能下载中断）：请重新下载原文件');
  }
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    // A copy, as a plain Uint8Array: pdf.js refuses a Buffer, and takes ownership of what it is given.
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw documentError(error);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      try {
        pages.push(await readPage(lib, await doc.getPage(number), number));
      } catch (error) {
        throw new InputError(`PDF 第 ${number} 页无法读取（文件可能不完整或已损坏）：${messageOf(error)}`);
      }
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function documentError(error: unknown): InputError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new InputError('PDF 已加密，需要密码才能打开：请使用未加密的公开版本');
  if (name === 'InvalidPDFException')
    return new InputError('不是有效的 PDF，或文件不完整（可能下载中断）：请重新下载原文件');
  return new InputError(`PDF 无法打开：${messageOf(error)}`);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readPage(lib: PdfJs, page: PdfPageProxy, number: number): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList();
  const state = new GraphicsState(toMatrix(viewport.transform));
  const glyphs: PdfGlyph[] = [];
  const rules: PdfRule[] = [];
  let images = 0;
  const { OPS } = lib;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    switch (fn) {
      case OPS.save:
        state.save();
        break;
      case OPS.restore:
        state.restore();
        break;
      case OPS.transform:
        state.transform(toMatrix(args));
        break;
      case OPS.paintFormXObjectBegin:
        state.save();
        if (Array.isArray(args[0])) state.transform(toMatrix(args[0]));
        break;
      case OPS.paintFormXObjectEnd:
        state.restore();
        break;
      case OPS.setLineWidth:
        state.current.lineWidth = args[0] as number;
        break;
      case OPS.constructPath:
        rules.push(...rulesOfPath(lib, state, args[0] as number, (args[1] as Float32Array[])[0]));
        break;
      case OPS.beginText:
        state.beginText();
        break;
      case OPS.setTextMatrix:
        state.setTextMatrix(toMatrix(args[0]));
        break;
      case OPS.moveText:
        state.moveText(args[0] as number, args[1] as number);
        break;
      case OPS.setLeadingMoveText:
        state.current.leading = -(args[1] as number);
        state.moveText(args[0] as number, args[1] as number);
        break;
      case OPS.nextLine:
        state.moveText(0, state.current.leading);
        break;
      case OPS.setLeading:
        state.current.leading = -(args[0] as number);
        break;
      case OPS.setCharSpacing:
        state.current.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        state.current.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        state.current.hScale = (args[0] as number) / 100;
        break;
      case OPS.setTextRise:
        state.current.rise = args[0] as number;
        break;
      case OPS.setFont: {
        const font = page.commonObjs.get(args[0] as string) as PdfJsFont;
        state.setFont(font, args[1] as number);
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
        images++;
        break;
      case OPS.showText:
        glyphs.push(...state.showText(args[0] as Array<PdfJsGlyph | number>));
        break;
    }
  }
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, glyphs, rules, images };
}

interface TextState {
  ctm: Matrix;
  lineWidth: number;
  font: PdfJsFont | null;
  fontSize: number;
  fontDirection: 1 | -1;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  textMatrix: Matrix;
  x: number;
  y: number;
  lineX: number;
  lineY: number;
}

/** The part of the PDF graphics state that places glyphs and lines (PDF 32000-1, 8.4 and 9.3). */
class GraphicsState {
  current: TextState;
  private readonly stack: TextState[] = [];

  constructor(pageMatrix: Matrix) {
    this.current = {
      ctm: pageMatrix,
      lineWidth: 1,
      font: null,
      fontSize: 0,
      fontDirection: 1,
      charSpacing: 0,
      wordSpacing: 0,
      hScale: 1,
      leading: 0,
      rise: 0,
      textMatrix: IDENTITY,
      x: 0,
      y: 0,
      lineX: 0,
      lineY: 0,
    };
  }

  save(): void {
    this.stack.push({ ...this.current });
  }

  restore(): void {
    const previous = this.stack.pop();
    if (previous) this.current = previous;
  }

  transform(m: Matrix): void {
    this.current.ctm = multiply(this.current.ctm, m);
  }

  beginText(): void {
    this.setTextMatrix(IDENTITY);
  }

  setTextMatrix(m: Matrix): void {
    Object.assign(this.current, { textMatrix: m, x: 0, y: 0, lineX: 0, lineY: 0 });
  }

  moveText(dx: number, dy: number): void {
    this.current.lineX += dx;
    this.current.lineY += dy;
    this.current.x = this.current.lineX;
    this.current.y = this.current.lineY;
  }

  setFont(font: PdfJsFont, size: number): void {
    this.current.font = font;
    this.current.fontDirection = size < 0 ? -1 : 1;
    this.current.fontSize = Math.abs(size);
  }

  /** Places each glyph as pdf.js's canvas renderer does, and advances the text position. */
  showText(items: ReadonlyArray<PdfJsGlyph | number>): PdfGlyph[] {
    const s = this.current;
    if (!s.font || s.fontSize === 0) return [];
    const fontMatrix = s.font.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
    const advanceScale = s.fontSize * (fontMatrix[0] ?? 0.001);
    const toDevice = multiply(s.ctm, s.textMatrix);
    const ascent = s.font.ascent ?? 0.88;
    const descent = s.font.descent ?? -0.12;
    const out: PdfGlyph[] = [];
    let advance = 0;
    for (const item of items) {
      if (typeof item === 'number') {
        advance -= (item * s.fontSize) / 1000;
        continue;
      }
      const width =
        (item.width ?? 0) * advanceScale + ((item.isSpace ? s.wordSpacing : 0) + s.charSpacing) * s.fontDirection;
      const text = normalizeGlyph(item.unicode);
      if (text !== '') {
        const x = s.x + advance * s.hScale * s.fontDirection;
        const xEnd = x + width * s.hScale * s.fontDirection;
        const base = s.y + s.rise;
        const corners = [
          applyMatrix(toDevice, [x, base + descent * s.fontSize]),
          applyMatrix(toDevice, [xEnd, base + ascent * s.fontSize]),
        ];
        const xs = corners.map((p) => p[0]);
        const ys = corners.map((p) => p[1]);
        const top = Math.min(...ys);
        const bottom = Math.max(...ys);
        out.push({ text, x0: Math.min(...xs), x1: Math.max(...xs), top, bottom, size: bottom - top });
      }
      advance += width;
    }
    s.x += advance * s.hScale * s.fontDirection;
    return out;
  }
}

/**
 * Kangxi and CJK radical code points (U+2F00–U+2FDF, U+2E80–U+2EFF) are what many Chinese PDFs
 * map common characters to (⼈ for 人); they become the unified ideographs a reader searches for.
 * Nothing else is normalised: full-width punctuation stays as printed.
 */
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;
const normalizeGlyph = (text: string): string =>
  /^\s+$/.test(text) ? ' ' : text.replace(RADICALS, (c) => c.normalize('NFKC'));

/** pdf.js's path opcodes inside constructPath's Float32Array (DrawOPS in its src/shared/util.js; not exported). */
const DrawOPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** Horizontal and vertical lines of a path: stroked segments and thin filled rectangles. */
function rulesOfPath(lib: PdfJs, state: GraphicsState, paintOp: number, path: Float32Array | undefined): PdfRule[] {
  if (!path) return [];
  const { OPS } = lib;
  const stroked = [OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke].includes(
    paintOp,
  );
  const filled = [OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke].includes(paintOp);
  if (!stroked && !filled) return [];
  const { ctm, lineWidth } = state.current;
  const subpaths: Array<Array<[number, number]>> = [];
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === DrawOPS.moveTo) subpaths.push([[path[i++] ?? 0, path[i++] ?? 0]]);
    else if (op === DrawOPS.lineTo) subpaths.at(-1)?.push([path[i++] ?? 0, path[i++] ?? 0]);
    else if (op === DrawOPS.curveTo) i += 6;
    else if (op === DrawOPS.quadraticCurveTo) i += 4;
    else if (op === DrawOPS.closePath) {
      const first = subpaths.at(-1)?.[0];
      if (first) subpaths.at(-1)?.push(first);
    }
  }
  const rules: PdfRule[] = [];
  const scale = Math.hypot(ctm[0], ctm[1]);
  for (const points of subpaths) {
    const device = points.map((p) => applyMatrix(ctm, p));
    if (filled) {
      const xs = device.map((p) => p[0]);
      const ys = device.map((p) => p[1]);
      const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
      const w = box.x1 - box.x0;
      const h = box.y1 - box.y0;
      if (w <= MAX_RULE_THICKNESS && h > w)
        rules.push({ x0: (box.x0 + box.x1) / 2, x1: (box.x0 + box.x1) / 2, y0: box.y0, y1: box.y1 });
      else if (h <= MAX_RULE_THICKNESS && w > h)
        rules.push({ x0: box.x0, x1: box.x1, y0: (box.y0 + box.y1) / 2, y1: (box.y0 + box.y1) / 2 });
    }
    if (stroked && lineWidth * scale <= MAX_RULE_THICKNESS) {
      for (let k = 1; k < device.length; k++) {
        const [a, b] = [device[k - 1], device[k]];
        if (!a || !b) continue;
        if (Math.abs(a[0] - b[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5)
          rules.push({
            x0: Math.min(a[0], b[0]),
            x1: Math.max(a[0], b[0]),
            y0: Math.min(a[1], b[1]),
            y1: Math.max(a[1], b[1]),
          });
      }
    }
  }
  return rules;
}
