/**
 * npm run build [-- --outDir DIR] [--shard KEY]   (KEY: year:2025, jurisdiction:<id>, year:shared; see scripts/shard.ts)
 * Builds the site (Astro, then Pagefind once Astro has exited, so the two never hold their memory
 * at once) into a staging folder beside the output and swaps it into place only when the whole
 * build succeeded: a failed build never destroys the last good site. Build errors are shown
 * without stack traces; ASTRO_DEBUG=1 shows everything.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { nodeEffects, replaceFolder } from '../src/ingest/effects.ts';
import { INDEX_AFTER_ASTRO, indexSite } from '../src/integrations/pagefind.ts';
import { takeShard } from './shard.ts';

// --outDir and --shard are ours; every other argument goes to `astro build` as given.
const args = process.argv.slice(2);
let shard: ReturnType<typeof takeShard>;
try {
  shard = takeShard(args, process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const at = args.indexOf('--outDir');
const outDir = (at === -1 ? shard.defaultOutDir : (args.splice(at, 2)[1] ?? shard.defaultOutDir)).replace(/\/+$/, '');
// Inside the project like dist/ itself: Astro's build chunks must stay on the project's side.
const staging = `${outDir}.staging`;

/** Stack frames help us, not the person rebuilding the site: keep the message, drop the frames. */
function relay(stream: NodeJS.ReadableStream, to: NodeJS.WriteStream): void {
  let inStack = false;
  createInterface({ input: stream }).on('line', (line) => {
    if (process.env.ASTRO_DEBUG) return void to.write(`${line}\n`);
    // Colours (Astro forces them under CI) must not hide the shape of the line.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC (\x1b) starts the ANSI colour codes this removes.
    const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
    if (/^\s*Stack trace:/.test(plain)) inStack = true;
    else if (inStack && !/^\s+at /.test(plain)) inStack = false;
    if (!inStack) to.write(`${line}\n`);
  });
}

await rm(staging, { recursive: true, force: true });
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging, ...args], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...shard.env, [INDEX_AFTER_ASTRO]: '1' },
});
relay(astro.stdout, process.stdout);
relay(astro.stderr, process.stderr);
const code: number = await new Promise((resolve) => astro.on('close', (c) => resolve(c ?? 1)));

async function fail(): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error(`build failed: ${outDir}/ was left as it was (the last good site)`);
  process.exit(1);
}

if (code !== 0 || !existsSync(`${staging}/index.html`)) await fail();
try {
  await indexSite(staging, shard.env, (line) => console.log(line));
} catch (error) {
  console.error((error as Error).message);
  await fail();
}
await replaceFolder(staging, outDir, nodeEffects);
console.log(`site written to ${outDir}/`);
