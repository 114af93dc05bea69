import type { APIRoute } from 'astro';
import { correctionRows } from '../../opendata/corrections.ts';
import { dataPackage } from '../../opendata/datapackage.ts';
import { toJson } from '../../opendata/records.ts';
import { siteModel } from '../../site/index.ts';

export const GET: APIRoute = async () => {
  const { records } = (await siteModel()).openData;
  return new Response(
    toJson(
      dataPackage(
        records.map((r) => r.id),
        correctionRows(records).length > 0,
      ),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
