import { checkBank } from './check-bank.js';
import { loadBank } from './load-bank.js';

/**
 * `npm run bank -- validate [DIR]`: checks every file of the question bank and prints each problem as
 * `file:line: message`; exits non-zero on any problem.
 */
function validate(dir: string): number {
  const bank = loadBank(dir);
  const problems = [...bank.problems, ...(bank.problems.length === 0 ? checkBank(bank) : [])];
  for (const p of problems) process.stdout.write(`${p.file}:${p.line}: ${p.message}\n`);
  if (problems.length > 0) {
    process.stderr.write(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}\n`);
    return 1;
  }
  const translated = bank.items.filter((i) => Object.keys(i.item.translations ?? {}).length > 0).length;
  process.stdout.write(
    `${dir}: ${bank.items.length} items (${translated} translated), ${bank.areas.length} syllabus areas, ` +
      `${bank.certifications.length} certifications, ${bank.media.size} media files: no problems\n`,
  );
  return 0;
}

const USAGE = 'usage: npm run bank -- validate [DIR]\n';

const [command, ...args] = process.argv.slice(2);
if (command === 'validate') process.exitCode = validate(args[0] ?? 'question-bank');
else {
  process.stderr.write(USAGE);
  process.exitCode = 2;
}
