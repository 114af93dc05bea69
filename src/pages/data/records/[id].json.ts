import type { APIRoute, GetStaticPaths } from 'astro';
import { toJson } from '../../../opendata/records.ts';
import type { BudgetRecord } from '../../../schema/index.ts';
import { siteModel } from '../../../site/index.ts';

export const getStaticPaths = (async () => (await siteModel()).recordFiles) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: BudgetRecord }> = ({ props }) =>
  new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json' } });
