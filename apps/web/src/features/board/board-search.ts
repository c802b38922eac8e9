import { z } from 'zod';
import { EXCEPTION_KINDS } from '../exceptions/exceptions';

/**
 * The board's filters live in the URL (shareable, survive reloads, back/forward work). Unknown or malformed
 * values fall back to "no filter" rather than breaking the page.
 */
export const boardSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(['open', 'in_progress', 'completed', 'cancelled']).optional().catch(undefined),
  exception: z.enum(EXCEPTION_KINDS).optional().catch(undefined),
});

export type BoardSearch = z.infer<typeof boardSearchSchema>;
