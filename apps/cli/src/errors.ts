import { TenancyError } from '@dispatch/db';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An expected failure: printed as one line (plus field errors), never with a stack trace. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly fields: FieldProblem[];

  constructor(message: string, options: { exitCode?: number; fields?: FieldProblem[] } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? 1;
    this.fields = options.fields ?? [];
  }
}

export interface ErrorReport {
  lines: string[];
  exitCode: number;
}

/** Turns anything thrown into the lines printed on stderr; only unexpected errors keep their stack. */
export function reportError(error: unknown): ErrorReport {
  if (error instanceof CliError) {
    // Field errors that merely repeat the detail add nothing.
    const fields = error.fields.filter((field) => !error.message.includes(field.message));
    return {
      lines: [`error: ${error.message}`, ...fields.map((field) => `  ${field.field}: ${field.message}`)],
      exitCode: error.exitCode,
    };
  }
  if (error instanceof TenancyError) return { lines: [`error: ${error.message}`], exitCode: 1 };
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { lines: [`unexpected error: ${stack}`], exitCode: 1 };
}
