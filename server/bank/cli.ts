import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ImportDefaults } from '../contract/items.js';
import { openDatabase } from '../db/client.js';
import type { Deps } from '../deps.js';
import { createLogger } from '../logger.js';
import { cryptoRandom } from '../random.js';
import { syncConfiguredBank } from '../services/bank-sync.js';
import { currentSources, exportItems } from '../services/export-service.js';
import { importQuestions } from '../services/import-service.js';
import { checkBank } from './check-bank.js';
import { EXPORT_FORMATS, IMPORT_FORMATS, type ImportFormat } from './formats/index.js';
import { loadBank } from './load-bank.js';
import { writeBankItems } from './write-bank.js';

const USAGE = `usage:
  npm run bank -- validate [DIR]
  npm run bank -- import FILE… --topic TOPIC --subjects S1,S2 [--post both] [--source teacher]
                  [--difficulty medium] [--lang en] [--reference TEXT] [--format ${IMPORT_FORMATS.join('|')}]
                  [--dry-run] [--json]
  npm run bank -- export --format ${[...EXPORT_FORMATS, 'bank'].join('|')} [--out DIR]

import and export work on the database Roundhouse uses (DATABASE_URL, else the embedded one in DATA_DIR);
stop the server first when it runs on the embedded database.
`;

const print = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);

/** Checks every file of the question bank and prints each problem as `file:line: message`. */
function validate(dir: string): number {
  const bank = loadBank(dir);
  const problems = [...bank.problems, ...(bank.problems.length === 0 ? checkBank(bank) : [])];
  for (const p of problems) print(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 0) {
    process.stderr.write(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}\n`);
    return 1;
  }
  const translated = bank.items.filter((i) => Object.keys(i.item.translations ?? {}).length > 0).length;
  print(
    `${dir}: ${bank.items.length} items (${translated} translated), ${bank.areas.length} syllabus areas, ` +
      `${bank.certifications.length} certifications, ${bank.media.size} media files: no problems`,
  );
  return 0;
}

/** Runs `fn` with the application's database (migrated), then closes it. */
async function withDeps<T>(fn: (deps: Deps) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  const deps: Deps = { database, config, clock: () => new Date(), random: cryptoRandom, logger: createLogger('warn') };
  try {
    await syncConfiguredBank(deps); // a fresh database needs the syllabus the imports refer to
    return await fn(deps);
  } finally {
    await database.close();
  }
}

async function importFiles(files: string[], flags: Record<string, string | boolean | undefined>): Promise<number> {
  const format = flags.format as ImportFormat | undefined;
  if (format && !IMPORT_FORMATS.includes(format)) throw new Error(`unknown format ${format}`);
  const defaults = ImportDefaults.safeParse({
    topic: flags.topic,
    subjects: String(flags.subjects ?? '')
      .split(',')
      .filter(Boolean),
    post: flags.post,
    source: flags.source,
    difficulty: flags.difficulty,
    lang: flags.lang,
    references: [flags.reference ?? 'Imported question bank: add the regulation or manual clause'],
  });
  if (!defaults.success)
    throw new Error(
      `--topic and --subjects are required: ${defaults.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  return withDeps(async (deps) => {
    let failed = 0;
    const outcomes = [];
    for (const file of files) {
      const outcome = await importQuestions(
        deps,
        null,
        { bytes: readFileSync(file), name: basename(file) },
        {
          format,
          defaults: defaults.data,
          dryRun: Boolean(flags['dry-run']),
        },
      );
      if (outcome.report.errors.length > 0) failed++;
      outcomes.push({ file, ...outcome });
    }
    if (flags.json)
      print(
        JSON.stringify(
          files.length === 1 ? outcomes[0]?.report : outcomes.map((o) => ({ file: o.file, ...o.report })),
          null,
          2,
        ),
      );
    else
      for (const o of outcomes) {
        for (const e of o.report.errors) print(`${o.file}:${e.line}: ${e.message}`);
        for (const s of o.report.skipped) print(`${o.file}: skipped "${s.title}": ${s.reason}`);
        const verb =
          o.report.errors.length > 0
            ? 'nothing imported'
            : o.dryRun
              ? `${o.report.items.length} items would be imported (dry run)`
              : `${o.created.length} drafts created: ${o.created.join(', ')}`;
        print(`${o.file} (${o.format ?? 'unknown format'}): ${verb}`);
      }
    return failed > 0 ? 1 : 0;
  });
}

async function exportBank(flags: Record<string, string | boolean | undefined>): Promise<number> {
  const format = String(flags.format ?? '');
  const out = String(flags.out ?? '.');
  return withDeps(async (deps) => {
    if (format === 'bank') {
      const sources = await currentSources(deps);
      const files = writeBankItems(out, sources);
      print(`${sources.length} items written to ${files.length} files under ${join(out, 'items')}`);
      return 0;
    }
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`unknown export format "${format}"`);
    const result = await exportItems(deps, format as (typeof EXPORT_FORMATS)[number]);
    const file = join(out, result.fileName);
    writeFileSync(file, result.content);
    for (const n of result.notExported) print(`not exported: "${n.title}": ${n.reason}`);
    print(`${result.count} items written to ${file}`);
    return 0;
  });
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      topic: { type: 'string' },
      subjects: { type: 'string' },
      post: { type: 'string' },
      source: { type: 'string' },
      difficulty: { type: 'string' },
      lang: { type: 'string' },
      reference: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const [command, ...rest] = positionals;
  if (command === 'validate') return validate(rest[0] ?? 'question-bank');
  if (command === 'import' && rest.length > 0) return importFiles(rest, values);
  if (command === 'export') return exportBank(values);
  process.stderr.write(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    process.exitCode = 2;
  },
);
