/**
 * A small vocabulary of named log events, written as one JSON line each so Cloud Logging indexes
 * the fields. Named events keep log lines greppable and make it hard to log something by accident:
 * callers pass fields, and fields whose names look secret are printed as `<omitted>`.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** One written log line, as tests see it. */
export interface LogRecord extends LogFields {
  severity: string;
  event: string;
  time: string;
}

const SECRET_FIELD = /secret|token|password|authorization|signature|apikey|api_key/i;

/** Replaces secret-looking fields and turns errors into plain objects that JSON can carry. */
export function sanitizeFields(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_FIELD.test(key)) out[key] = "<omitted>";
    else if (value instanceof Error) out[key] = { name: value.name, message: value.message, stack: value.stack };
    else out[key] = value;
  }
  return out;
}

/** A logger that hands each record to `write`; the default writes JSON lines to stdout/stderr. */
export function createLogger(
  write: (record: LogRecord) => void = writeJsonLine,
  minLevel: LogLevel = "info",
): Logger {
  const order: LogLevel[] = ["debug", "info", "warn", "error"];
  const min = order.indexOf(minLevel);
  const at =
    (level: LogLevel) =>
    (event: string, fields: LogFields = {}): void => {
      if (order.indexOf(level) < min) return;
      write({ severity: level.toUpperCase(), event, time: new Date().toISOString(), ...sanitizeFields(fields) });
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

function writeJsonLine(record: LogRecord): void {
  const line = JSON.stringify(record);
  if (record.severity === "ERROR" || record.severity === "WARN") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}

/** A logger that keeps records in memory, for tests and for scanning logs for secrets. */
export function createMemoryLogger(): Logger & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  return Object.assign(createLogger((r) => records.push(r), "debug"), { records });
}

/** A logger that drops everything (CLI tools whose stdout is a data channel). */
export const silentLogger: Logger = createLogger(() => undefined, "error");
