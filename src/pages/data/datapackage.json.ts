import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { correctionRows } from '../../opendata/corrections.ts';
import { dataPackage } from '../../opendata/datapackage.ts';
import { recordsOf, toJson } from '../../opendata/records.ts';

export const GET: APIRoute = async () => {
  const records = recordsOf((await getCollection('departments')).map((e) => e.data));
  return new Response(
    toJson(
      dataPackage(
        records.map((r) => r.id),
        correctionRows(records).length > 0,
      ),
    ),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
};
