import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  ROUNDHOUSE_DEMO_PASSWORD: z.string().min(8).default('roundhouse-demo'),
  ROUNDHOUSE_SEED_DEMO: flag,
  TRUST_PROXY: flag,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  SESSION_MAX_DAYS: z.coerce.number().positive().default(30),
  WEB_DIST: z.string().min(1).default('./dist/web'),
  BANK_DIR: z.string().min(1).default('./question-bank'),
  ROUNDHOUSE_TIME_ZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'ROUNDHOUSE_TIME_ZONE must be an IANA time zone, e.g. Asia/Shanghai'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoPassword: string;
  /** Create demo accounts: always on PGlite, only on request on a real Postgres. */
  seedDemo: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  session: { idleMs: number; maxAgeMs: number };
  webDist: string;
  /** The question-bank folder synced into the database at start-up. */
  bankDir: string;
  /** Where students' days begin and end (the pass-probability trend has one point per day). */
  timeZone: string;
};

/** Reads the configuration from the environment (and `--demo` on the command line); throws a readable error. */
export function loadConfig(env: NodeJS.ProcessEnv, argv: readonly string[] = []): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    demoPassword: e.ROUNDHOUSE_DEMO_PASSWORD,
    seedDemo: !e.DATABASE_URL || e.ROUNDHOUSE_SEED_DEMO || argv.includes('--demo'),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    session: { idleMs: e.SESSION_IDLE_HOURS * 3_600_000, maxAgeMs: e.SESSION_MAX_DAYS * 86_400_000 },
    webDist: e.WEB_DIST,
    bankDir: e.BANK_DIR,
    timeZone: e.ROUNDHOUSE_TIME_ZONE,
  };
}
