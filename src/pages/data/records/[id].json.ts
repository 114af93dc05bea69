import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordsOf, toJson } from '../../../opendata/records.ts';
import type { BudgetRecord } from '../../../schema/index.ts';

export const getStaticPaths = (async () =>
  recordsOf((await getCollection('departments')).map((e) => e.data)).map((record) => ({
    params: { id: record.id },
    props: { record },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: BudgetRecord }> = ({ props }) =>
  new Response(toJson(props.record), { headers: { 'Content-Type': 'application/json' } });
