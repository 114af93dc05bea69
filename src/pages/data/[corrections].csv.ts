// corrections.csv: a dynamic route only so that the file is written when staff corrected some record,
// as datapackage.json lists it then only (the open data of uncorrected records stays as it was).
import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths } from 'astro';
import { correctionRows, correctionsCsv } from '../../opendata/corrections.ts';
import { recordsOf } from '../../opendata/records.ts';

export const getStaticPaths = (async () => {
  const records = recordsOf((await getCollection('departments')).map((e) => e.data));
  return correctionRows(records).length > 0 ? [{ params: { corrections: 'corrections' }, props: { records } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: ReturnType<typeof recordsOf> }> = ({ props }) =>
  new Response(correctionsCsv(props.records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
