import { ConfigError, loadConfig, type AppConfig } from '@renkei/core';

/** Validates the environment; on a problem, says what to fix and exits (no stack trace). */
export function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
