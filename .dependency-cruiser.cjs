/**
 * The layers of the code, checked by `npm run check` (scripts/check-layers.ts runs
 * dependency-cruiser with these rules; .astro files are read through their frontmatter and
 * <script> imports). docs/architecture.md draws them:
 *
 *   ground     src/lib/model (schemas, ids, routes), src/lib/search: pure, no file or environment reads
 *   middle     src/lib/convert (imports only the ground), src/lib/read (the format readers: the
 *              ground and their libraries only), src/lib/mdx, src/lib/site, src/lib/open-data,
 *              src/lib/durable-urls
 *   edge       src/lib/build (environment, image rendering), src/content.config.ts, astro.config.mjs
 *   top        src/pages, src/components, src/layouts, src/integrations, src/browser, scripts/
 *
 * A module imports only from its own layer or below, never in a cycle; views and browser code never
 * import the converter.
 */
const GROUND = '^src/lib/(model|search)/';
const TOP = '^src/(pages|components|layouts|integrations|browser)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Modules import each other in a cycle: one of them belongs in a lower layer.',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'model-is-the-ground',
      comment: 'src/lib/model is the ground layer: it imports nothing else of the project.',
      severity: 'error',
      from: { path: '^src/lib/model/' },
      to: { path: '^src/', pathNot: '^src/lib/model/' },
    },
    {
      name: 'search-stands-on-model-only',
      comment: 'src/lib/search is ground too: it imports only src/lib/model.',
      severity: 'error',
      from: { path: '^src/lib/search/' },
      to: { path: '^src/', pathNot: '^src/lib/(model|search)/' },
    },
    {
      name: 'ground-reads-no-files',
      comment: 'The ground layer is pure: no file system, process or network modules.',
      severity: 'error',
      from: { path: GROUND },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|os|net|http|https|worker_threads|process)$' },
    },
    {
      name: 'converter-stands-on-the-ground',
      comment: 'The converter is pure text in, PlanModel out: it imports only src/lib/model and itself.',
      severity: 'error',
      from: { path: '^src/lib/convert/' },
      to: { path: '^src/', pathNot: '^src/lib/(model|convert)/' },
    },
    {
      name: 'readers-stand-on-the-ground',
      comment: 'A reader is bytes in, a read document out: it imports only src/lib/model, itself and its format library, and reads no files.',
      severity: 'error',
      from: { path: '^src/lib/read/' },
      to: { path: '^src/', pathNot: '^src/lib/(model|read)/' },
    },
    {
      name: 'readers-read-no-files',
      comment: 'Readers are given bytes: no file system, process or network modules.',
      severity: 'error',
      from: { path: '^src/lib/read/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|os|net|http|https|worker_threads|process)$' },
    },
    {
      name: 'views-never-convert',
      comment: 'Pages, components, browser code and view data render the model; only scripts/ run the converter.',
      severity: 'error',
      from: { path: ['^src/(pages|components|layouts|browser)/', '^src/lib/(site|mdx|open-data)/'] },
      to: { path: '^src/lib/convert/' },
    },
    {
      name: 'lib-never-imports-up',
      comment: 'src/lib is below pages, components, layouts, integrations and browser code.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: TOP },
    },
    {
      name: 'environment-only-at-the-edge',
      comment: 'The environment (src/lib/build/env.ts) and build-time rendering are read only by the build edge and the top layer.',
      severity: 'error',
      from: { path: '^src/lib/(model|search|convert|read|mdx|site|open-data)/' },
      to: { path: '^src/lib/build/' },
    },
    {
      name: 'browser-code-runs-in-the-browser',
      comment: 'src/browser runs in the reader\'s browser: no Node modules.',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json', '.astro'] },
  },
};
