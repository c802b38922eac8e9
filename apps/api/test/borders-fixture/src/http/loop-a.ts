// Violations (no-cycles, no-folder-cycles): http and auth import each other.
import { loopB } from '../auth/loop-b';

export const loopA = (): string => (loopB.length > 0 ? 'a' : '');
