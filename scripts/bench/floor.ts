/**
 * The floor: what the same Astro and the same Pagefind cost for the same pages with nothing of ours.
 * A minimal Astro project, written into a folder inside the repository (so `astro` and `pagefind`
 * resolve to the installed ones), renders one page per page of our build, at the same path and
 * carrying the same text (read from our built `<main>`), from props; one Pagefind index over the
 * pages ours marks for search (`data-pagefind-body`), so both index the same text.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The text a reader sees in a page's `<main>`, one line per block, tags and entities gone. */
export function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** One page of the floor: its path under the site, its text, and whether search indexes it. */
export interface FloorPage {
  path: string;
  text: string;
  searchable: boolean;
}

// As `npm run build` does, the floor indexes with Pagefind after Astro has exited, so the two never
// hold their memory at once: `build.mjs` runs `astro build`, then Pagefind over the built pages.
const config = 'export default {};\n';

const build = `
import { spawnSync } from 'node:child_process';
import * as pagefind from 'pagefind';

const [astro, outDir] = process.argv.slice(2);
const built = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const check = (errors) => { if (errors.length > 0) throw new Error(errors.join('\\n')); };
console.log('Pagefind: indexing');
const { index, errors } = await pagefind.createIndex({});
check(errors);
const added = await index.addDirectory({ path: outDir });
check(added.errors);
check((await index.writeFiles({ outputPath: outDir + '/pagefind' })).errors);
await pagefind.close();
console.log('Pagefind processed ' + added.page_count + ' pages');
`;

const page = `---
import { readFileSync } from 'node:fs';

export function getStaticPaths() {
  return readFileSync(process.env.FLOOR_PAGES, 'utf8').trim().split('\\n').map((line) => {
    const { path, text, searchable } = JSON.parse(line);
    return { params: { slug: path || undefined }, props: { lines: text.split('\\n'), searchable } };
  });
}
const { lines, searchable } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{lines[0] ?? ''}</title></head>
  <body><main data-pagefind-body={searchable ? '' : undefined}><h1>{lines[0] ?? ''}</h1>{lines.slice(1).map((l) => <p>{l}</p>)}</main></body>
</html>
`;

/**
 * Writes the floor project into `dir` for the given pages (path relative to the site, without
 * `index.html`; text as `mainText` reads it; whether search indexes it) and returns the file the
 * page list went to.
 */
export async function writeFloorProject(dir: string, pages: AsyncIterable<FloorPage>): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'astro.config.mjs'), config);
  await writeFile(join(dir, 'build.mjs'), build);
  await writeFile(join(dir, 'src/pages/[...slug].astro'), page);
  const list = join(dir, 'pages.jsonl');
  const lines: string[] = [];
  for await (const p of pages) lines.push(JSON.stringify(p));
  await writeFile(list, `${lines.join('\n')}\n`);
  return list;
}

/** Our built pages, as the floor's input: every HTML page under `dist` with its `<main>` text. */
export async function* builtPages(dist: string, htmlFiles: string[]): AsyncIterable<FloorPage> {
  for (const file of htmlFiles) {
    if (!file.endsWith('index.html')) continue; // 404.html: not a route the floor can render at that path
    const html = await readFile(join(dist, file), 'utf8');
    yield {
      path: file.replace(/\/?index\.html$/, ''),
      text: mainText(html),
      searchable: /<main\b[^>]*data-pagefind-body/.test(html),
    };
  }
}
