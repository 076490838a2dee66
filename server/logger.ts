const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;
type Fields = Record<string, unknown>;

/** Structured logs: one JSON object per line on stdout (stderr for errors). */
export type Logger = {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
};

export function createLogger(level: LogLevel, write = defaultWrite): Logger {
  const at = (l: Exclude<LogLevel, 'silent'>) => (msg: string, fields?: Fields) => {
    if (LEVELS[l] < LEVELS[level]) return;
    write(l, JSON.stringify({ time: new Date().toISOString(), level: l, msg, ...fields }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function defaultWrite(level: LogLevel, line: string) {
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}
