// Search golden set: Chinese queries and the pages each must / must not return, run
// against the real Pagefind index of every build. Pages are named by what a reader sees
// (type, <h1>, department, year), never by generated ids. `also` lists pages that are
// fair answers besides `must`; precision = results in must ∪ also / all results.
import type { GoldenQuery, PageRef } from '../checks/golden.ts';
import { JURISDICTION_FILTER } from './pagefind.ts';

const PAZHOU_NAME = '广州琶洲人工智能与数字经济试验区管理委员会';
const PAZHOU_DEPT: PageRef = { type: 'department', h1: PAZHOU_NAME };
const PAZHOU_ANY: PageRef = { department: PAZHOU_NAME };
const HUANGPU_ANY: PageRef = { department: '广州市黄埔区工业和信息化局' };
const SCIENCE_DEPT: PageRef = { type: 'department', h1: '广州市科学技术局' };
const TCL_T9: PageRef = { type: 'project', h1: 'TCL华星光电T9项目' };
const IC_FUND: PageRef = { type: 'project', h1: '国家集成电路产业投资二期基金' };
const IC_CONFERENCE: PageRef = { type: 'project', h1: '中国集成电路制造年会' };
const AI_MODEL_ZONE: PageRef = { type: 'project', h1: '海珠区建设人工智能大模型应用示范区经费' };
const INDUSTRY_FUND: PageRef = { type: 'project', h1: '海珠区产业扶持资金' };
const PAZHOU_INNOVATION: PageRef = { type: 'project', h1: '琶洲创新发展经费' };
const PAZHOU_LAB: PageRef = { type: 'project', h1: '支持琶洲实验室建设经费' };
const SATISFACTION: PageRef = { type: 'indicator-category-year', h1: '31 服务对象满意度指标' };
const INDICATOR_YEAR_PAGES: PageRef = { type: 'indicator-category-year' };
const SUSTAINABLE: PageRef = { type: 'indicator-category-year', h1: '24 可持续影响指标' };
const SCIENCE_ANY: PageRef = { department: '广州市科学技术局' };

export const GOLDEN: GoldenQuery[] = [
  {
    q: '算法',
    kind: 'topic word',
    must: [PAZHOU_DEPT, AI_MODEL_ZONE],
    also: [PAZHOU_ANY, INDICATOR_YEAR_PAGES],
    mustNot: [TCL_T9, IC_FUND],
  },
  { q: PAZHOU_NAME, kind: 'full department name', must: [PAZHOU_DEPT], also: [PAZHOU_ANY], mustNot: [TCL_T9, IC_FUND] },
  {
    q: '琶洲',
    kind: 'partial department name',
    must: [PAZHOU_DEPT, PAZHOU_INNOVATION, PAZHOU_LAB],
    also: [PAZHOU_ANY],
    mustNot: [TCL_T9, IC_FUND],
  },
  { q: 'TCL华星', kind: 'partial project name', must: [TCL_T9], also: [SCIENCE_DEPT], mustNot: [PAZHOU_DEPT, IC_FUND] },
  {
    q: '华星光电T9',
    kind: 'partial project name (middle)',
    must: [TCL_T9],
    also: [SCIENCE_DEPT],
    mustNot: [PAZHOU_DEPT, IC_FUND],
  },
  {
    q: '大模型',
    kind: 'partial project name (topic)',
    must: [AI_MODEL_ZONE],
    also: [PAZHOU_ANY],
    mustNot: [TCL_T9, IC_FUND],
  },
  {
    q: '集成电路',
    kind: 'project topic',
    must: [IC_FUND, IC_CONFERENCE],
    also: [HUANGPU_ANY, INDUSTRY_FUND],
    mustNot: [PAZHOU_DEPT, TCL_T9],
  },
  {
    q: '科学技术局',
    kind: 'partial department name',
    must: [SCIENCE_DEPT],
    also: [SCIENCE_ANY],
    mustNot: [PAZHOU_DEPT, IC_FUND],
  },
  {
    q: 'T9',
    kind: 'project code (Latin letters and digits)',
    must: [TCL_T9],
    also: [SCIENCE_DEPT],
    mustNot: [PAZHOU_DEPT, IC_FUND],
  },
  {
    q: '第四届算法大赛',
    kind: 'key task phrase',
    must: [PAZHOU_DEPT],
    also: [PAZHOU_ANY, INDICATOR_YEAR_PAGES],
    mustNot: [TCL_T9, IC_FUND],
  },
  { q: '满意度', kind: 'indicator category', must: [SATISFACTION], mustNot: [] },
  { q: '服务对象满意度', kind: 'indicator category (full)', must: [SATISFACTION], mustNot: [] },
  // Amounts, searched over all years (one Pagefind bundle per year, merged). Pagefind 1.6 answers a
  // word an index lacks with its longest prefix the index has (12537 → 12 in a year without 12537),
  // so the other project of these queries, in a year without the amount, is listed too (README,
  // Search): it may appear, but must not be missing the page that prints the amount.
  {
    q: '12,537',
    kind: 'amount with thousands comma',
    must: [TCL_T9],
    also: [SCIENCE_DEPT],
    mustNot: [PAZHOU_DEPT],
  },
  { q: '12537', kind: 'amount without comma', must: [TCL_T9], also: [SCIENCE_DEPT], mustNot: [PAZHOU_DEPT] },
  { q: '30,000', kind: 'amount with comma', must: [IC_FUND], also: [HUANGPU_ANY], mustNot: [] },
  { q: '30000', kind: 'amount without comma', must: [IC_FUND], also: [HUANGPU_ANY], mustNot: [] },
  {
    q: '可持续影响',
    kind: 'indicator category (level 2)',
    must: [SUSTAINABLE],
    also: [{ type: 'project' }, { type: 'department' }],
    mustNot: [],
  },
  {
    q: '235,659.44',
    kind: 'department total with comma and decimals',
    must: [SCIENCE_DEPT],
    mustNot: [PAZHOU_DEPT, TCL_T9],
  },
  { q: '235659.44', kind: 'department total without comma', must: [SCIENCE_DEPT], mustNot: [PAZHOU_DEPT, TCL_T9] },
  {
    q: '7000',
    kind: 'amount without comma or decimals',
    must: [AI_MODEL_ZONE],
    also: [PAZHOU_DEPT],
    mustNot: [TCL_T9, IC_FUND],
  },
  {
    q: '2024',
    kind: 'year',
    must: [IC_FUND, { type: 'department', department: '广州市黄埔区工业和信息化局', year: 2024 }],
    also: [{ year: 2024 }],
    mustNot: [TCL_T9, PAZHOU_DEPT],
  },
  {
    q: '算法',
    kind: 'with 地区 filter 海珠区',
    filters: { [JURISDICTION_FILTER]: '海珠区' },
    must: [PAZHOU_DEPT, AI_MODEL_ZONE],
    also: [PAZHOU_ANY],
    mustNot: [TCL_T9, IC_FUND],
  },
  {
    q: '集成电路',
    kind: 'with 地区 filter 黄埔区',
    filters: { [JURISDICTION_FILTER]: '黄埔区' },
    must: [IC_FUND, IC_CONFERENCE],
    also: [HUANGPU_ANY],
    mustNot: [INDUSTRY_FUND, PAZHOU_DEPT],
  },
  { q: '量子纠缠火星基地', kind: 'no match', must: [], mustNot: [PAZHOU_DEPT, TCL_T9, IC_FUND] },
];
