/** Funding units (资金使用单位) and their projects, from the project-expenditure form (项目支出绩效目标表). */
import { z } from 'zod';
import { amount, lineRange, slug } from './common.ts';
import { corrections } from './correction.ts';
import { indicator } from './indicator.ts';

/** The four amount columns of a project-form row, in 万元; an empty cell is 0 and listed in `blank`. */
export const rowAmounts = z.object({
  /** 总计. */
  total: amount,
  /** 财政拨款. */
  fiscal: amount,
  /** 财政专户拨款. */
  specialAccount: amount,
  /** 其他资金. */
  other: amount,
  /** Columns whose cell was empty in the source (read as 0). */
  blank: z.array(z.enum(['total', 'fiscal', 'specialAccount', 'other'])),
});
export type RowAmounts = z.infer<typeof rowAmounts>;

export const project = z.object({
  /** Stable id from department, funding unit and project name. */
  id: slug,
  /** 项目名称 as printed (HTML stripped, wrapped lines joined). */
  name: z.string(),
  /** The row's amounts in 万元. */
  amounts: rowAmounts,
  /** 绩效目标 as paragraphs of plain text. */
  goal: z.array(z.string()),
  /** 绩效指标, in source order. */
  indicators: z.array(indicator),
  /** Source lines of the whole project (name, amounts, goal, indicators). */
  lines: lineRange,
  /** Staff corrections of its name, amounts or unit, or its addition (the printed values kept); absent when none. */
  corrections,
  /** The project's other names: as printed before a staff name correction, or an earlier name the manifest's `sameAs` gives it; absent when none. */
  otherNames: z.array(z.string()).min(1).optional(),
  /** Ids its page had before `id` was kept from an earlier name (the ids of its corrected or renamed names): each redirects to `id`; absent when none. */
  formerIds: z.array(slug).min(1).optional(),
});
export type Project = z.infer<typeof project>;

export const fundingUnit = z.object({
  /** 资金使用单位 name as printed. */
  name: z.string(),
  /** The unit row's amounts in 万元. */
  amounts: rowAmounts,
  /** The unit's projects, in source order. */
  projects: z.array(project),
  /** Source lines of the unit row and all its projects. */
  lines: lineRange,
  /** Staff corrections of its name or amounts (the printed values kept); absent when none. */
  corrections,
});
export type FundingUnit = z.infer<typeof fundingUnit>;
