// Search golden set: Chinese queries and the pages each must / must not return, run
// against the real Pagefind index of every build. Pages are named by type and <h1>.
import type { GoldenQuery } from '../checks/golden.ts';

const PAZHOU_DEPT = { type: 'department', h1: '广州琶洲人工智能与数字经济试验区管理委员会' } as const;
const TCL_T9 = { type: 'project', h1: 'TCL华星光电T9项目' } as const;
const IC_FUND = { type: 'project', h1: '国家集成电路产业投资二期基金' } as const;
const AI_MODEL_ZONE = { type: 'project', h1: '海珠区建设人工智能大模型应用示范区经费' } as const;
const SATISFACTION = { type: 'indicator-category', h1: '服务对象满意度' } as const;

export const GOLDEN: GoldenQuery[] = [
  { q: '算法', kind: 'topic word', must: [PAZHOU_DEPT, AI_MODEL_ZONE], mustNot: [TCL_T9, IC_FUND] },
  { q: '广州琶洲人工智能与数字经济试验区管理委员会', kind: 'full department name', must: [PAZHOU_DEPT], mustNot: [TCL_T9, IC_FUND] },
  { q: '琶洲', kind: 'partial department name', must: [PAZHOU_DEPT], mustNot: [TCL_T9, IC_FUND] },
  { q: 'TCL华星', kind: 'partial project name', must: [TCL_T9], mustNot: [PAZHOU_DEPT, IC_FUND] },
  { q: '集成电路', kind: 'project topic', must: [IC_FUND], mustNot: [PAZHOU_DEPT] },
  { q: '满意度', kind: 'indicator category', must: [SATISFACTION], mustNot: [] },
  { q: '12,537', kind: 'amount with thousands comma', must: [TCL_T9], mustNot: [PAZHOU_DEPT, IC_FUND] },
  { q: '12537', kind: 'amount without comma', must: [TCL_T9], mustNot: [PAZHOU_DEPT, IC_FUND] },
  { q: '30,000', kind: 'amount with comma', must: [IC_FUND], mustNot: [TCL_T9] },
  { q: '2024', kind: 'year', must: [IC_FUND], mustNot: [] },
  { q: '算法', kind: 'jurisdiction filter', filters: { jurisdiction: '黄埔区' }, must: [], mustNot: [PAZHOU_DEPT, AI_MODEL_ZONE] },
  { q: '量子纠缠火星基地', kind: 'no match', must: [], mustNot: [PAZHOU_DEPT, TCL_T9, IC_FUND] },
];
