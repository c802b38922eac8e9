import { setFlagsFromString } from 'node:v8';

/**
 * V8 allocates objects from an allocation site straight into the old generation once enough of them survived a
 * young-generation collection ("pretenuring"). Under load the requests in flight at each scavenge survive it, so V8
 * pretenures the sites that build request state, and that short-lived state then fills the old generation: with
 * a 256 MiB heap cap (`--max-old-space-size=256`) the API ran a full mark-compact every 0.5–1.5 s and a
 * scavenge took 3.5–5 ms. Without pretenuring, at the same load, scavenges take 1.3–1.6 ms, full collections are a
 * quarter as frequent, and a tenant read costs about a fifth less CPU (docs/benchmarks). Node refuses this flag
 * in NODE_OPTIONS, so the entry point sets it first thing, before the app allocates anything, for every way the
 * API starts (the image, the chart, `npm start`, each worker of several API processes).
 */
setFlagsFromString('--no-allocation-site-pretenuring');
