#!/usr/bin/env node
// Entry point for `npm start` / `npm test` on a fresh clone: installs dependencies with a pinned pnpm
// (through npm, so neither pnpm nor corepack needs to be present), then runs `dev` or `check`.
// Plain Node with no dependencies: it runs before anything is installed.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM = 'pnpm@10.34.9';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = join(root, '.vitest-results.json');
const hashFile = join(root, 'node_modules', '.bootstrap-lock-hash');
const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const mode = process.argv[2];
if (mode !== 'dev' && mode !== 'check') {
  console.error('usage: node scripts/bootstrap.mjs dev|check');
  process.exit(2);
}

/**
 * Runs the pinned pnpm through npm and resolves with its exit code or signal. Neither npm exec nor
 * pnpm run relays signals to their children, so the child gets its own process group and our
 * signals go to that whole group, as a terminal's Ctrl-C would. Its stdin is not the terminal
 * (a background group reading it would be stopped); nothing here is interactive.
 */
function pnpm(args) {
  const windows = process.platform === 'win32';
  const child = spawn(windows ? 'npm.cmd' : 'npm', ['exec', '--yes', PNPM, '--', ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: !windows,
    shell: windows,
  });
  const relay = (signal) => {
    try {
      if (windows) child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  for (const signal of forwarded) process.on(signal, relay);
  return new Promise((resolve) => {
    child.once('error', (error) => {
      console.error(`could not start npm: ${error.message}`);
      resolve({ code: 1, signal: null });
    });
    child.once('exit', (code, signal) => {
      for (const s of forwarded) process.off(s, relay);
      resolve({ code, signal });
    });
  });
}

function lockHash() {
  const lock = readFileSync(join(root, 'pnpm-lock.yaml'));
  // Native builds differ per platform and Node ABI, so those are part of "up to date".
  const context = `${PNPM}|${process.platform}|${process.arch}|${process.versions.modules}`;
  return createHash('sha256').update(context).update(lock).digest('hex');
}

function exitLike({ code, signal }) {
  if (signal) {
    // Die of the same signal so our parent (a shell, CI) sees what happened.
    for (const s of forwarded) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    process.exit(128 + (constants.signals[signal] ?? 0));
  }
  process.exit(code ?? 1);
}

/** The "Tests: N passed, M failed" line CI parses; a red run never reports 0 failed. */
function summary(startedAt, result) {
  const fresh = existsSync(resultsFile) && statSync(resultsFile).mtimeMs >= startedAt;
  if (!fresh) return { passed: 0, failed: 1 }; // lint, format or typecheck stopped the run before tests
  try {
    const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
    const passed = Number(report.numPassedTests) || 0;
    const failed = Number(report.numFailedTests) || 0;
    // Suites that failed to load, or errors outside tests, fail the run without failing a test.
    return { passed, failed: result.code !== 0 && failed === 0 ? 1 : failed };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

async function main() {
  const hash = existsSync(join(root, 'pnpm-lock.yaml')) ? lockHash() : undefined;
  const installed = hash && existsSync(hashFile) && readFileSync(hashFile, 'utf8').trim() === hash;
  if (!installed) {
    const install = await pnpm(['install', '--frozen-lockfile']);
    if (install.code !== 0) {
      if (mode === 'check') console.log('Tests: 0 passed, 1 failed');
      return exitLike(install);
    }
    if (hash) writeFileSync(hashFile, `${hash}\n`);
  }

  const startedAt = Date.now();
  // A report left by an earlier run must not be mistaken for this one's.
  if (mode === 'check') rmSync(resultsFile, { force: true });
  const result = await pnpm(['run', mode]);
  if (mode === 'check') {
    const { passed, failed } = summary(startedAt, result);
    console.log(`Tests: ${passed} passed, ${failed} failed`);
    if (failed > 0 && result.code === 0) return exitLike({ code: 1, signal: null });
  }
  return exitLike(result);
}

await main();
