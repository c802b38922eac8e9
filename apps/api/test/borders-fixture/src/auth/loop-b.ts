import { loopA } from '../http/loop-a';

export const loopB = [() => loopA()];
