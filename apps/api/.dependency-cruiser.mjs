/**
 * The API's borders, checked by dependency-cruiser inside `npm test` (apps/api/src/borders.test.ts).
 * Paths are relative to apps/api (`src/...`); the same rules run against a small fixture tree with one
 * violation of each, so a rule that stopped matching would fail the test too.
 * docs/architecture.md ("Borders") explains them.
 */
const MODULE = '^src/modules/([^/]+)/';
const TABLE_FILE = '[.]tables?[.]ts$';
/** Dashboard and reports are a declared read model: they may read every module's tables. */
const READ_MODEL = '^src/modules/(dashboard|reports)/';

/** Infrastructure and the kernel: what every module may use, and which knows no module. */
const INFRASTRUCTURE = '^src/(kernel|observability|plugins|http|auth|tenancy|rate-limits)/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-module-internals',
      severity: 'error',
      comment:
        "A module is entered through its index.ts only; another module's files are its own business. " +
        "(The read model may import another module's table file: it reads every table.)",
      from: { path: MODULE, pathNot: [READ_MODEL] },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index[.]ts$'],
      },
    },
    {
      name: 'read-model-reads-tables-only',
      severity: 'error',
      comment:
        'The read model reaches into other modules for their tables only; anything else goes through index.ts.',
      from: { path: READ_MODEL },
      to: {
        path: '^src/modules/[^/]+/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index[.]ts$', TABLE_FILE],
      },
    },
    {
      name: 'infrastructure-imports-no-module',
      severity: 'error',
      comment:
        'The kernel and the infrastructure (plugins, http, auth, tenancy, rate limits) know no feature: modules ' +
        'plug into them through interfaces wired at start.',
      from: { path: INFRASTRUCTURE },
      to: { path: '^src/modules/' },
    },
    {
      name: 'index-exports-no-tables',
      severity: 'error',
      comment:
        "A module's index.ts exports functions and types, never drizzle tables: the SQL stays with its owner.",
      from: { path: '^src/modules/[^/]+/index[.]ts$' },
      to: { path: TABLE_FILE, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-foreign-tables',
      severity: 'error',
      comment: 'A module uses only the tables it defines (except the declared read model).',
      from: { path: MODULE, pathNot: [READ_MODEL] },
      to: { path: TABLE_FILE, pathNot: ['^src/modules/$1/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders depend on each other in one direction: no cycle between two folders of src/.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves: an import the cruiser cannot follow would slip past every rule above.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycle between files either.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests and their helpers are white-box and drive the whole app: the borders hold for production code.
    exclude: { path: ['(^|/)node_modules/', '[.]test[.]ts$', '^src/test/', '[.]test-support[.]ts$'] },
    // Runtime dependencies: type-only imports vanish when compiled and couple no folders at run time.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
    },
  },
};
