// corrections.csv: a dynamic route only so that the file is written when staff corrected some record,
// as datapackage.json lists it then only (the open data of uncorrected records stays as it was).
import type { APIRoute, GetStaticPaths } from 'astro';
import { correctionRows, correctionsCsv } from '../../opendata/corrections.ts';
import type { BudgetRecord } from '../../schema/index.ts';
import { siteModel } from '../../site/index.ts';

export const getStaticPaths = (async () => {
  const { records } = (await siteModel()).openData;
  return correctionRows(records).length > 0 ? [{ params: { corrections: 'corrections' }, props: { records } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: BudgetRecord[] }> = ({ props }) =>
  new Response(correctionsCsv(props.records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
