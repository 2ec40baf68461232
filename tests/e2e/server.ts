// Moved to tests/support/e2e/server.ts. Kept only for scripts/ (bench, bench-scale, bench-search,
// eval-search), which import it here; delete once they import the new path.
export * from '../support/e2e/server.ts';
