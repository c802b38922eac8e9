#!/usr/bin/env node
// The workspace ships TypeScript sources, not builds: load the entry through tsx's ESM loader.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
