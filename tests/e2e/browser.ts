// Moved to tests/support/e2e/browser.ts. Kept only for scripts/ (bench, bench-scale, bench-search,
// bench-lighthouse, eval-search, screenshot), which import it here; delete once they import the new path.
export * from '../support/e2e/browser.ts';
