/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 60000,
  // The e2e files share one workbench build per run (test/e2e/helpers/buildWorkbench.ts): setup only
  // names the run's folder, so runs without e2e tests build nothing; teardown removes it.
  globalSetup: "<rootDir>/test/e2e/helpers/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/helpers/globalTeardown.ts",
};
