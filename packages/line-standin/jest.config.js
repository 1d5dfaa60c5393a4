/** The package's own tests (`npm test -w line-standin`); the bot's jest config runs them too. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testTimeout: 20000,
};
