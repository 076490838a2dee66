import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BankItem, CertificationFile, ItemsFile, SubjectsFile, SyllabusFile } from './bank-files.js';
import { type Problem, readYaml } from './yaml-file.js';

export type LoadedItem = { item: BankItem; file: string; line: number };

/** Everything in a question-bank folder, as read and schema-checked (cross-checks are `checkBank`'s job). */
export type Bank = {
  dir: string;
  subjects: SubjectsFile;
  areas: (SyllabusFile & { file: string })[];
  certifications: (CertificationFile & { file: string })[];
  items: LoadedItem[];
  /** Paths like `media/x.svg` of the files in media/. */
  media: Set<string>;
  problems: Problem[];
};

const yamlFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .flatMap((f) => {
          const p = join(dir, f);
          return statSync(p).isDirectory() ? yamlFiles(p) : p.endsWith('.yaml') || p.endsWith('.yml') ? [p] : [];
        })
    : [];

/** JSON with sorted keys, so that the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export const hashOf = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** Reads question-bank/ (or another folder of the same layout). File names in problems are relative to `cwd`. */
export function loadBank(dir: string, cwd = process.cwd()): Bank {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(cwd, p) || p;
  const bank: Bank = { dir, subjects: [], areas: [], certifications: [], items: [], media: new Set(), problems };

  const subjectsFile = join(dir, 'subjects.yaml');
  if (!existsSync(subjectsFile)) problems.push({ file: rel(subjectsFile), line: 1, message: 'missing file' });
  else {
    const r = readYaml(rel(subjectsFile), SubjectsFile, readFileSync(subjectsFile, 'utf8'));
    problems.push(...r.problems);
    bank.subjects = r.value ?? [];
  }
  for (const file of yamlFiles(join(dir, 'syllabus'))) {
    const r = readYaml(rel(file), SyllabusFile, readFileSync(file, 'utf8'));
    problems.push(...r.problems);
    if (r.value) bank.areas.push({ ...r.value, file: rel(file) });
  }
  for (const file of yamlFiles(join(dir, 'certifications'))) {
    const r = readYaml(rel(file), CertificationFile, readFileSync(file, 'utf8'));
    problems.push(...r.problems);
    if (r.value) bank.certifications.push({ ...r.value, file: rel(file) });
  }
  for (const file of yamlFiles(join(dir, 'items'))) {
    const r = readYaml(rel(file), ItemsFile, readFileSync(file, 'utf8'));
    problems.push(...r.problems);
    for (const [i, item] of (r.value ?? []).entries()) bank.items.push({ item, file: rel(file), line: r.lineOf([i]) });
  }
  const mediaDir = join(dir, 'media');
  if (existsSync(mediaDir)) for (const f of readdirSync(mediaDir)) bank.media.add(`media/${f}`);
  return bank;
}
