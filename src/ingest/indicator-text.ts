/**
 * Parses the 绩效指标 cell of the project form:
 *   "1、1-产出指标；11-数量指标；<三级指标>；实施周期指标值:<v>；年度指标值:<v>。2、…"
 * Separators vary (；;：: full and half width), labels may lose a character at a wrap
 * ("实施周期指" + "值:101"), and numbering may be broken: each oddity becomes a finding.
 */
import type { Finding, Indicator } from '../schema/index.ts';
import { group } from './match.ts';
import { deriveTarget } from './targets.ts';
import { level1ByCode, level2ByCode } from './taxonomy.ts';
import { rangeOf, type TextSpan } from './text-span.ts';

const SEP = '[；;：:，,]';
/** Start of an item: its number, then the 一级 code and name. "1、以专业知识…" (a list inside a value) is not one. */
const ITEM_START = /(\d+)\s*[、.．]\s*([1-4])\s*[-－—–]\s*(产出|效益|满意度|成本)\s*指标/g;
const LEVEL2 = new RegExp(`^\\s*${SEP}?\\s*(\\d{2})\\s*[-－—–]\\s*([^；;：:]+?)\\s*${SEP}\\s*`);
/** 实施周期指标值, tolerating one lost character at a wrap. */
const PERIOD_LABEL = new RegExp(`${SEP}?\\s*实施周期(?:指标值|指标|指值|标值)\\s*[:：]\\s*`);
const ANNUAL_LABEL = new RegExp(`${SEP}?\\s*年度(?:指标值|指值|标值)\\s*[:：]\\s*`);
const TRAILING = /[\s；;，,。]+$/;

export interface ParsedIndicators {
  indicators: Indicator[];
  findings: Finding[];
}

/** `leaveOut`: the item (0-based, by its start) that another reader found uncertain; it is not read. */
export function parseIndicatorText(span: TextSpan, leaveOut?: number): ParsedIndicators {
  const indicators: Indicator[] = [];
  const findings: Finding[] = [];
  const starts = [...span.text.matchAll(ITEM_START)];
  const lead = span.text.slice(0, starts[0]?.index ?? span.text.length).trim();
  if (lead) {
    findings.push({
      code: 'indicator-text-unrecognized',
      severity: 'warning',
      message: `绩效指标中有无法识别为指标的文字：「${lead}」`,
      lines: rangeOf(span, 0, lead.length),
    });
  }
  let previous: { number: number; lines: Indicator['lines'] } | null = null;
  starts.forEach((m, i) => {
    const start = m.index;
    const end = starts[i + 1]?.index ?? span.text.length;
    const lines = rangeOf(span, start, end);
    const number = Number(m[1]);
    const numbering = numberingFinding(number, previous, lines);
    if (numbering) findings.push(numbering);
    previous = { number, lines };
    if (i === leaveOut) return;
    const body = span.text.slice(start + m[0].length, end);
    const parsed = parseItem(group(m, 2), `${group(m, 3)}指标`, body, lines, findings);
    if (parsed) indicators.push(parsed);
  });
  return { indicators, findings };
}

/**
 * The items of a cell are numbered 1、2、3、…: a gap means an indicator was lost on the way, a
 * repeat or a step back that items of another cell were taken in. Either way the cell as read is
 * not the cell as printed, so it is an error, named with the lines of both items.
 */
function numberingFinding(
  number: number,
  previous: { number: number; lines: Indicator['lines'] } | null,
  lines: Indicator['lines'],
): Finding | null {
  const expected = (previous?.number ?? 0) + 1;
  if (number === expected) return null;
  const from = previous?.lines.from ?? lines.from;
  if (!previous) {
    return {
      code: 'indicator-numbering',
      severity: 'error',
      message: `第一个指标的编号为 ${number}，应为 1：前面的指标可能在转换中丢失，请核对原文`,
      lines,
    };
  }
  return {
    code: 'indicator-numbering',
    severity: 'error',
    message:
      number > expected
        ? `指标编号从 ${previous.number} 跳到 ${number}，缺少第 ${expected}${number - 1 > expected ? `–${number - 1}` : ''} 项：指标可能在转换中丢失，请核对原文或使用 PDF 原件`
        : `指标编号 ${number} 出现在第 ${previous.number} 项之后（重复或倒退）：可能混入了其他单元格的指标，请核对原文或使用 PDF 原件`,
    lines: { from, to: lines.to },
  };
}

function parseItem(
  level1Code: string,
  level1Label: string,
  body: string,
  lines: Indicator['lines'],
  findings: Finding[],
): Indicator | null {
  const level1 = level1ByCode(level1Code, level1Label);
  // ITEM_START reads only the codes 1–4, all of which the taxonomy has.
  if (!level1) throw new Error(`一级 code「${level1Code}」matched but is not in the taxonomy`);
  const l2 = LEVEL2.exec(body);
  const level2 = l2 ? level2ByCode(group(l2, 1), group(l2, 2)) : null;
  if (!l2 || !level2) {
    findings.push({
      code: 'indicator-category-unrecognized',
      severity: 'error',
      message: `指标缺少可识别的二级指标（如「11-数量指标」），未能收录：「${level1Label}${body.trim()}」`,
      lines,
    });
    return null;
  }
  if (!level2.code.startsWith(level1.code)) {
    findings.push({
      code: 'indicator-category-mismatch',
      severity: 'warning',
      message: `二级指标「${l2[1]}-${l2[2]}」不属于一级指标「${level1Code}-${level1Label}」，按原文收录`,
      lines,
    });
  }
  const rest = body.slice(l2[0].length);
  const period = PERIOD_LABEL.exec(rest);
  const annual = ANNUAL_LABEL.exec(rest);
  const nameEnd = Math.min(period?.index ?? rest.length, annual?.index ?? rest.length);
  const name = rest.slice(0, nameEnd).replace(TRAILING, '').trim();
  const periodValue = period
    ? clean(
        rest.slice(period.index + period[0].length, annual && annual.index > period.index ? annual.index : rest.length),
      )
    : null;
  const annualValue = annual ? clean(rest.slice(annual.index + annual[0].length)) : null;
  if (periodValue === null || annualValue === null) {
    const missing = [periodValue === null ? '实施周期指标值' : '', annualValue === null ? '年度指标值' : '']
      .filter(Boolean)
      .join('、');
    findings.push({
      code: 'indicator-value-missing',
      severity: 'warning',
      message: `指标「${name}」缺少「${missing}」标签，相应数值记为空，原文保留在其他字段中`,
      lines,
    });
  }
  return {
    level1,
    level2,
    name,
    periodValue,
    annualValue,
    periodTarget: deriveTarget(periodValue),
    annualTarget: deriveTarget(annualValue),
    lines,
  };
}

const clean = (value: string): string => value.replace(TRAILING, '').trim();
