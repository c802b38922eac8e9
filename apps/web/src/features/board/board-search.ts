import * as z from 'zod/mini';
import { EXCEPTION_KINDS } from '../exceptions/exceptions';

/** A filter that falls back to "no filter" when the URL holds something malformed. */
const optional = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined);

/**
 * The board's filters live in the URL (shareable, survive reloads, back/forward work). Validated with zod's
 * small build: this schema is part of the route tree, so it ships in the initial bundle.
 */
export const boardSearchSchema = z.object({
  q: optional(z.string().check(z.maxLength(200))),
  status: optional(z.enum(['open', 'in_progress', 'completed', 'cancelled'])),
  exception: optional(z.enum(EXCEPTION_KINDS)),
});

export type BoardSearch = z.infer<typeof boardSearchSchema>;
