// Quick structural check for question-bank YAML while the real `npm run bank -- validate` is being built.
// Usage: node tests/tools/check-bank-yaml.mjs question-bank/items/brakes
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const walk = (p) => (statSync(p).isDirectory() ? readdirSync(p).flatMap((f) => walk(join(p, f))) : [p]);
let problems = 0;
let count = 0;
const types = {};
let translated = 0;
for (const file of process.argv
  .slice(2)
  .flatMap(walk)
  .filter((f) => f.endsWith('.yaml'))) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const e of doc.errors) {
    problems++;
    console.log(`${file}: ${e.message}`);
  }
  const data = doc.toJS();
  if (!Array.isArray(data)) continue;
  for (const item of data) {
    count++;
    types[item.type] = (types[item.type] ?? 0) + 1;
    if (item.translations?.['zh-Hans']) translated++;
    for (const f of [
      'id',
      'type',
      'topic',
      'subjects',
      'post',
      'source',
      'difficulty',
      'references',
      'lang',
      'stem',
      'explanation',
    ])
      if (item[f] === undefined) {
        problems++;
        console.log(`${file}: ${item.id ?? '?'} lacks ${f}`);
      }
  }
}
console.log(JSON.stringify({ items: count, types, translated, problems }));
process.exit(problems ? 1 : 0);
