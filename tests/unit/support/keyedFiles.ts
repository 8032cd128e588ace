// Moved to tests/support/keyedFiles.ts (shared with the e2e specs); kept so either path works.
export * from '../../support/keyedFiles'
