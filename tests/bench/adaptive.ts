/**
 * The adaptive-practice benchmark (a simulation, not a timed test): `npm run bench:adaptive -- [options]`.
 *
 * A seeded cohort of simulated students practises the real seed bank under three policies (the adaptive
 * engine, uniform random, chapter order) at equal budgets, then sits a fresh simulated exam graded by a hidden
 * model the engine does not share (simulated-world.ts, README.md). It reports pass rates per policy and
 * budget, the calibration of the engine's pass probability against the simulated outcomes, and the engine's
 * per-answer cost on a large synthetic bank (engine-cost.ts).
 *
 * The arms (policy × budget) are independent, so they run in parallel child processes; each is reproducible
 * from the seed alone, so the figures do not depend on the number of workers.
 */

import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { hashSeed } from '../../server/domain/learning/seeded-random.js';
import { type EngineCost, measureEngineCost } from './engine-cost.js';
import { type ArmResult, type ArmSpec, POLICY_NAMES, type PolicyName, runArm, type StudentRecord } from './policies.js';
import { hiddenItems, loadWorldBank, type WorldBank } from './simulated-world.js';

const USAGE = `usage: npm run bench:adaptive -- [--seed N] [--students N] [--budgets 100,200,400] [--workers N] [--json] [--help]

  --seed N       seed of the whole simulation (default 1); the same seed gives the same figures
  --students N   simulated students per policy and budget (default 500)
  --budgets LIST practice budgets in answers per student (default 100,200,400)
  --workers N    parallel child processes (default: up to 2, one per core)
  --json         print the figures as one JSON object on stdout (progress goes to stderr)
`;

const BANK_DIR = 'question-bank';
const TARGET = { ece: 0.05, selectP99Ms: 10 };

type Options = { seed: number; students: number; budgets: number[]; workers: number; json: boolean };

class UsageError extends Error {}

function positiveInteger(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${text}"`);
  return n;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      students: { type: 'string' },
      budgets: { type: 'string' },
      workers: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const budgets = (values.budgets ?? '100,200,400').split(',').map((b) => positiveInteger('budgets', b, 0));
  if (new Set(budgets).size !== budgets.length) throw new UsageError('--budgets must not repeat a budget');
  return {
    seed: positiveInteger('seed', values.seed, 1, 0),
    students: positiveInteger('students', values.students, 500, 10),
    budgets: budgets.sort((a, b) => a - b),
    workers: positiveInteger('workers', values.workers, Math.min(2, availableParallelism())),
    json: values.json ?? false,
  };
}

const progress = (text: string) => process.stderr.write(`${text}\n`);

// ———————————————————————————————————————— running the arms ————————————————————————————————————————

/** Relative cost of an arm, to start the longest first. */
const armCost = (spec: ArmSpec) => spec.budget * (spec.policy === 'adaptive' ? 5 : 1);

/** A child process that runs the arms it is sent (see `workerMain`). */
function runInWorkers(specs: ArmSpec[], workers: number): Promise<ArmResult[]> {
  const queue = [...specs].sort((a, b) => armCost(b) - armCost(a));
  const results: ArmResult[] = [];
  const script = process.argv[1];
  if (!script) throw new Error('cannot find the benchmark script to fork');
  return new Promise((resolve, reject) => {
    let running = 0;
    const startWorker = () => {
      const child = fork(script, ['--arm-worker'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      running++;
      const next = () => {
        const spec = queue.shift();
        if (spec) child.send(spec);
        else child.disconnect();
      };
      child.on('message', (result: ArmResult) => {
        results.push(result);
        const { policy, budget } = result.spec;
        progress(`  ${policy} × ${budget}: ${result.seconds.toFixed(1)} s (${results.length}/${specs.length} arms)`);
        next();
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        running--;
        if (code !== 0) reject(new Error(`a benchmark worker exited with code ${code}`));
        else if (running === 0) resolve(results);
      });
      next();
    };
    for (let i = 0; i < Math.min(workers, specs.length); i++) startWorker();
  });
}

/** The child side: runs each arm it receives and sends the result back. */
function workerMain(): void {
  let world: { bank: WorldBank; seed: number; hidden: ReturnType<typeof hiddenItems> } | null = null;
  process.on('message', (spec: ArmSpec) => {
    if (!world || world.seed !== spec.seed) {
      const bank = loadWorldBank(BANK_DIR);
      world = { bank, seed: spec.seed, hidden: hiddenItems(bank, spec.seed) };
    }
    process.send?.(runArm(spec, world.bank, world.hidden));
  });
}

async function runAll(options: Options, bank: WorldBank): Promise<ArmResult[]> {
  const specs = POLICY_NAMES.flatMap((policy) =>
    options.budgets.map((budget): ArmSpec => ({ policy, budget, students: options.students, seed: options.seed })),
  );
  if (options.workers > 1) return runInWorkers(specs, options.workers);
  const hidden = hiddenItems(bank, options.seed);
  return specs.map((spec) => {
    const result = runArm(spec, bank, hidden);
    progress(`  ${spec.policy} × ${spec.budget}: ${result.seconds.toFixed(1)} s`);
    return result;
  });
}

// ———————————————————————————————————————— statistics ————————————————————————————————————————

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const brier = (ps: readonly number[], ys: readonly number[]) => mean(ps.map((p, i) => (p - (ys[i] ?? 0)) ** 2));

/** Logistic regression of y on one feature (Newton's method, a tiny ridge so separable data stays finite). */
function fitLogistic(xs: readonly number[], ys: readonly number[]): (x: number) => number {
  const mx = mean(xs);
  const sx = Math.sqrt(mean(xs.map((x) => (x - mx) ** 2))) || 1;
  const z = xs.map((x) => (x - mx) / sx);
  let a = 0;
  let b = 0;
  const ridge = 1e-3 * xs.length;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0;
    let gb = -ridge * b;
    let haa = 1e-9;
    let hab = 0;
    let hbb = ridge;
    z.forEach((zi, i) => {
      const p = 1 / (1 + Math.exp(-(a + b * zi)));
      const r = (ys[i] ?? 0) - p;
      const w = p * (1 - p);
      ga += r;
      gb += r * zi;
      haa += w;
      hab += w * zi;
      hbb += w * zi * zi;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return (x) => 1 / (1 + Math.exp(-(a + (b * (x - mx)) / sx)));
}

type Group = { key: string; records: StudentRecord[] };

/** A student's fold for cross-fitting: a hash, because the certification already alternates with the index. */
const foldOf = (student: number) => hashSeed(`fold/${student}`) & 1;

/**
 * Out-of-sample predictions of a model fitted per group (budget × certification): two-fold cross-fitting, so
 * each student is predicted by a model fitted on the other half of the cohort, never on their own outcome.
 */
function crossFitted(
  groups: Group[],
  fitModel: (train: StudentRecord[]) => (r: StudentRecord) => number,
): Map<StudentRecord, number> {
  const out = new Map<StudentRecord, number>();
  for (const { records } of groups) {
    for (const fold of [0, 1]) {
      const train = records.filter((r) => foldOf(r.student) !== fold);
      const predict = fitModel(train);
      for (const r of records.filter((x) => foldOf(x.student) === fold)) out.set(r, predict(r));
    }
  }
  return out;
}

type Bin = { lo: number; hi: number; predicted: number; observed: number; n: number };

/** Ten equal-width bins of predicted probability: the reliability table, and ECE from it. */
function reliability(ps: readonly number[], ys: readonly number[]): { table: Bin[]; ece: number } {
  const bins = Array.from({ length: 10 }, (_, i) => ({ lo: i / 10, hi: (i + 1) / 10, p: 0, y: 0, n: 0 }));
  ps.forEach((p, i) => {
    const bin = bins[Math.min(9, Math.floor(p * 10))] as (typeof bins)[number];
    bin.p += p;
    bin.y += ys[i] ?? 0;
    bin.n++;
  });
  const table = bins
    .filter((b) => b.n > 0)
    .map((b) => ({ lo: b.lo, hi: b.hi, predicted: b.p / b.n, observed: b.y / b.n, n: b.n }));
  const ece = table.reduce((s, b) => s + (b.n / ps.length) * Math.abs(b.predicted - b.observed), 0);
  return { table, ece };
}

type Calibration = {
  n: number;
  brier: number;
  baselineBrier: number;
  baseRateBrier: number;
  ece: number;
  meanPredicted: number;
  observedRate: number;
  table: Bin[];
};

function calibrationOf(arms: ArmResult[]): Calibration {
  const groups: Group[] = arms.flatMap((arm) => {
    const byCert = new Map<string, StudentRecord[]>();
    for (const r of arm.records) byCert.set(r.certification, [...(byCert.get(r.certification) ?? []), r]);
    return [...byCert].map(([cert, records]) => ({ key: `${arm.spec.budget}:${cert}`, records }));
  });
  const records = groups.flatMap((g) => g.records);
  const ys = records.map((r) => (r.passed ? 1 : 0));
  const ps = records.map((r) => r.predicted);
  const logistic = crossFitted(groups, (train) => {
    const f = fitLogistic(
      train.map((r) => r.rawCorrect),
      train.map((r) => (r.passed ? 1 : 0)),
    );
    return (r) => f(r.rawCorrect);
  });
  const baseRate = crossFitted(groups, (train) => {
    const rate = mean(train.map((r) => (r.passed ? 1 : 0)));
    return () => rate;
  });
  const { table, ece } = reliability(ps, ys);
  return {
    n: records.length,
    brier: brier(ps, ys),
    baselineBrier: brier(
      records.map((r) => logistic.get(r) ?? 0),
      ys,
    ),
    baseRateBrier: brier(
      records.map((r) => baseRate.get(r) ?? 0),
      ys,
    ),
    ece,
    meanPredicted: mean(ps),
    observedRate: mean(ys),
    table,
  };
}

/** Pass rate with a 95% interval, and the paired difference from adaptive (same students, same papers). */
function passRate(arm: ArmResult) {
  const ys = arm.records.map((r) => (r.passed ? 1 : 0));
  const p = mean(ys);
  return { rate: p, half: 1.96 * Math.sqrt((p * (1 - p)) / Math.max(1, ys.length)) };
}

function pairedDifference(a: ArmResult, b: ArmResult): { diff: number; half: number } {
  const ds = a.records.map((r, i) => (r.passed ? 1 : 0) - (b.records[i]?.passed ? 1 : 0));
  const d = mean(ds);
  const sd = Math.sqrt(mean(ds.map((x) => (x - d) ** 2)));
  return { diff: d, half: (1.96 * sd) / Math.sqrt(Math.max(1, ds.length)) };
}

// ———————————————————————————————————————— the report ————————————————————————————————————————

type Report = {
  seed: number;
  students: number;
  budgets: number[];
  passRate: Record<PolicyName, number[]>;
  passRateHalfWidth95: Record<PolicyName, number[]>;
  adaptiveMinus: {
    random: number[];
    sequential: number[];
    randomHalfWidth95: number[];
    sequentialHalfWidth95: number[];
  };
  predictedPassRate: Record<PolicyName, number[]>;
  calibration: Calibration;
  calibrationByPolicy: Record<PolicyName, Omit<Calibration, 'table'>>;
  practice: Record<
    PolicyName,
    {
      distinctItems: number[];
      topicsPractised: number[];
      rawCorrect: number[];
      reviewShare: number[];
      abilityGain: number[];
    }
  >;
  engine: EngineCost & {
    inSimulation: { selectMeanMs: number; selectP99Ms: number; updateMeanMs: number; updateP99Ms: number };
  };
  targets: { name: string; pass: boolean; detail: string }[];
  seconds: number;
};

function buildReport(options: Options, arms: ArmResult[], cost: EngineCost, seconds: number): Report {
  const arm = (policy: PolicyName, budget: number) => {
    const found = arms.find((a) => a.spec.policy === policy && a.spec.budget === budget);
    if (!found) throw new Error(`missing arm ${policy} × ${budget}`);
    return found;
  };
  const perPolicy = <T>(f: (policy: PolicyName) => T) =>
    Object.fromEntries(POLICY_NAMES.map((p) => [p, f(p)])) as Record<PolicyName, T>;
  const perBudget = (policy: PolicyName, f: (a: ArmResult) => number) => options.budgets.map((b) => f(arm(policy, b)));
  const round = (x: number, digits = 4) => Number(x.toFixed(digits));

  const passRates = perPolicy((p) => perBudget(p, (a) => round(passRate(a).rate)));
  const diff = (other: PolicyName) => options.budgets.map((b) => pairedDifference(arm('adaptive', b), arm(other, b)));
  const calibration = calibrationOf(options.budgets.map((b) => arm('adaptive', b)));
  const calibrationByPolicy = perPolicy((p) =>
    withoutTable(roundCalibration(calibrationOf(options.budgets.map((b) => arm(p, b))))),
  );
  const adaptiveArms = options.budgets.map((b) => arm('adaptive', b));
  const inSimulation = {
    selectMeanMs: round(mean(adaptiveArms.map((a) => a.selectMs.mean))),
    selectP99Ms: round(Math.max(...adaptiveArms.map((a) => a.selectMs.p99))),
    updateMeanMs: round(mean(adaptiveArms.map((a) => a.updateMs.mean))),
    updateP99Ms: round(Math.max(...adaptiveArms.map((a) => a.updateMs.p99))),
  };

  const targets = [
    ...(['random', 'sequential'] as const).map((other) => {
      const d = diff(other);
      return {
        name: `adaptive beats ${other} on pass rate at every budget`,
        pass: d.every((x) => x.diff > 0),
        detail: d.map((x, i) => `${options.budgets[i]}: ${signed(x.diff)} ± ${pct(x.half)}`).join(', '),
      };
    }),
    {
      name: `ECE ≤ ${TARGET.ece}`,
      pass: calibration.ece <= TARGET.ece,
      detail: `ECE ${calibration.ece.toFixed(4)} over ${calibration.n} predictions`,
    },
    {
      name: 'Brier better than the raw-%-correct baseline',
      pass: calibration.brier < calibration.baselineBrier,
      detail: `${calibration.brier.toFixed(4)} vs ${calibration.baselineBrier.toFixed(4)}`,
    },
    {
      name: `selection p99 ≤ ${TARGET.selectP99Ms} ms (${cost.bankItems} items, ${cost.studentAnswers} answers)`,
      pass: cost.selectP99Ms <= TARGET.selectP99Ms,
      detail: `p99 ${cost.selectP99Ms.toFixed(2)} ms`,
    },
  ];

  return {
    seed: options.seed,
    students: options.students,
    budgets: options.budgets,
    passRate: passRates,
    passRateHalfWidth95: perPolicy((p) => perBudget(p, (a) => round(passRate(a).half))),
    adaptiveMinus: {
      random: diff('random').map((x) => round(x.diff)),
      sequential: diff('sequential').map((x) => round(x.diff)),
      randomHalfWidth95: diff('random').map((x) => round(x.half)),
      sequentialHalfWidth95: diff('sequential').map((x) => round(x.half)),
    },
    predictedPassRate: perPolicy((p) => perBudget(p, (a) => round(mean(a.records.map((r) => r.predicted))))),
    calibration: roundCalibration(calibration),
    calibrationByPolicy,
    practice: perPolicy((p) => ({
      distinctItems: perBudget(p, (a) => round(mean(a.records.map((r) => r.distinctItems)), 1)),
      topicsPractised: perBudget(p, (a) => round(mean(a.records.map((r) => r.topicsPractised)), 1)),
      rawCorrect: perBudget(p, (a) => round(mean(a.records.map((r) => r.rawCorrect)))),
      reviewShare: perBudget(p, (a) => round(mean(a.records.map((r) => r.reviews)) / a.spec.budget)),
      abilityGain: perBudget(p, (a) => round(mean(a.records.map((r) => r.abilityGain)), 3)),
    })),
    engine: { ...cost, inSimulation },
    targets,
    seconds: round(seconds, 1),
  };
}

function withoutTable({ table: _, ...rest }: Calibration): Omit<Calibration, 'table'> {
  return rest;
}

function roundCalibration(c: Calibration): Calibration {
  const r = (x: number) => Number(x.toFixed(4));
  return {
    n: c.n,
    brier: r(c.brier),
    baselineBrier: r(c.baselineBrier),
    baseRateBrier: r(c.baseRateBrier),
    ece: r(c.ece),
    meanPredicted: r(c.meanPredicted),
    observedRate: r(c.observedRate),
    table: c.table.map((b) => ({ lo: b.lo, hi: b.hi, predicted: r(b.predicted), observed: r(b.observed), n: b.n })),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${pct(Math.abs(x))}`;
const pad = (text: string, width: number) => text.padStart(width);

function textReport(r: Report): string {
  const lines: string[] = [];
  const row = (label: string, cells: string[]) =>
    lines.push(`  ${label.padEnd(24)}${cells.map((c) => pad(c, 16)).join('')}`);
  lines.push(
    `Adaptive practice benchmark — seed ${r.seed}, ${r.students} students per policy and budget, ${r.seconds} s`,
  );
  lines.push('');
  lines.push('Simulated pass rate on a fresh exam (95% interval)');
  row('budget (answers)', r.budgets.map(String));
  for (const p of POLICY_NAMES)
    row(
      p,
      r.passRate[p].map((x, i) => `${pct(x)} ± ${pct(r.passRateHalfWidth95[p][i] ?? 0)}`),
    );
  row(
    'adaptive − random',
    r.adaptiveMinus.random.map((x, i) => `${signed(x)} ± ${pct(r.adaptiveMinus.randomHalfWidth95[i] ?? 0)}`),
  );
  row(
    'adaptive − sequential',
    r.adaptiveMinus.sequential.map((x, i) => `${signed(x)} ± ${pct(r.adaptiveMinus.sequentialHalfWidth95[i] ?? 0)}`),
  );
  lines.push('');
  lines.push('Practice (means per student)');
  for (const p of POLICY_NAMES) {
    const s = r.practice[p];
    row(`${p}: distinct items`, s.distinctItems.map(String));
    row(`${p}: topics practised`, s.topicsPractised.map(String));
    row(`${p}: % right`, s.rawCorrect.map(pct));
    row(
      `${p}: true gain (logit)`,
      s.abilityGain.map((x) => x.toFixed(2)),
    );
  }
  row('adaptive: due reviews', r.practice.adaptive.reviewShare.map(pct));
  lines.push('');
  const c = r.calibration;
  lines.push(`Calibration of the adaptive engine's pass probability (${c.n} students, all budgets)`);
  lines.push(
    `  Brier ${c.brier.toFixed(4)}   baseline from raw % correct ${c.baselineBrier.toFixed(4)}   base rate only ${c.baseRateBrier.toFixed(4)}`,
  );
  lines.push(`  ECE ${c.ece.toFixed(4)}   mean predicted ${pct(c.meanPredicted)}   observed ${pct(c.observedRate)}`);
  lines.push(`  ${'predicted bin'.padEnd(16)}${pad('mean predicted', 16)}${pad('observed', 12)}${pad('n', 8)}`);
  for (const b of c.table)
    lines.push(
      `  ${`${pct(b.lo)}–${pct(b.hi)}`.padEnd(16)}${pad(pct(b.predicted), 16)}${pad(pct(b.observed), 12)}${pad(String(b.n), 8)}`,
    );
  lines.push('  Other policies (the engine predicts for every student; for information):');
  for (const p of POLICY_NAMES.filter((x) => x !== 'adaptive')) {
    const o = r.calibrationByPolicy[p];
    lines.push(
      `    ${p.padEnd(12)} Brier ${o.brier.toFixed(4)} (baseline ${o.baselineBrier.toFixed(4)})  ECE ${o.ece.toFixed(4)}  predicted ${pct(o.meanPredicted)} observed ${pct(o.observedRate)}`,
    );
  }
  lines.push(
    `    predicted pass rate by budget: ${POLICY_NAMES.map((p) => `${p} ${r.predictedPassRate[p].map(pct).join('/')}`).join(', ')}`,
  );
  lines.push('');
  const e = r.engine;
  lines.push(
    `Engine cost (in process: ${e.bankItems} items, ${e.topics} topics, a student with ${e.studentAnswers} answers and ${e.seenCards} cards; load average ${e.loadAverage.map((x) => x.toFixed(1)).join(' → ')})`,
  );
  const ms = (m: { p50: number; p99: number }) => `p50 ${m.p50.toFixed(2)} ms   p99 ${m.p99.toFixed(2)} ms`;
  lines.push(
    `  select = topicWeights + selectNext      ${ms({ p50: e.selectP50Ms, p99: e.selectP99Ms })}   (${e.calls} calls)`,
  );
  lines.push(`    topicWeights                          ${ms(e.parts.topicWeights)}`);
  lines.push(`    selectNext                            ${ms(e.parts.selectNext)}`);
  lines.push(`    learn path (no review due)            ${ms(e.learnPath)}`);
  lines.push(`  update = applyAnswer + passProbability  ${ms({ p50: e.updateP50Ms, p99: e.updateP99Ms })}`);
  lines.push(`    applyAnswer (observe, review, notes)  ${ms(e.parts.applyAnswer)}`);
  lines.push(`    passProbability                       ${ms(e.parts.passProbability)}`);
  const d = e.diagnosis;
  lines.push(
    `  why: ${pct(d.reviewShare)} of selections were due reviews; ${d.dueCardsP50} cards due per request, recallProbability ${d.recallProbabilityUs.toFixed(2)} µs each (${((d.dueCardsP50 * d.recallProbabilityUs) / 1000).toFixed(1)} ms), bare scan of the candidates ${d.scanOnlyMs.toFixed(1)} ms`,
  );
  const s = e.inSimulation;
  lines.push(
    `  in the simulation (real bank): select mean ${s.selectMeanMs.toFixed(3)} ms, p99 ${s.selectP99Ms.toFixed(3)} ms; update mean ${s.updateMeanMs.toFixed(3)} ms, p99 ${s.updateP99Ms.toFixed(3)} ms`,
  );
  lines.push('');
  lines.push('Targets');
  for (const t of r.targets) lines.push(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.detail}`);
  return lines.join('\n');
}

// ———————————————————————————————————————— main ————————————————————————————————————————

async function main(): Promise<number> {
  let options: Options;
  try {
    const parsed = parseOptions(process.argv.slice(2));
    if (parsed === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    options = parsed;
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  const started = performance.now();
  let bank: WorldBank;
  try {
    bank = loadWorldBank(BANK_DIR);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  progress(
    `simulating ${options.students} students × ${POLICY_NAMES.length} policies × budgets ${options.budgets.join('/')} (seed ${options.seed}, ${options.workers} worker${options.workers === 1 ? '' : 's'})`,
  );
  const arms = await runAll(options, bank);
  progress('measuring the engine cost on a synthetic bank…');
  const cost = measureEngineCost(bank, options.seed, progress);
  const report = buildReport(options, arms, cost, (performance.now() - started) / 1000);
  process.stdout.write(`${options.json ? JSON.stringify(report) : textReport(report)}\n`);
  return 0;
}

if (process.argv.includes('--arm-worker')) workerMain();
else
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
