import { BaseError } from "./base-error";

/** One setting that failed validation. */
export interface ConfigIssue {
  /** The environment variable, e.g. `CHAIN_RPC_URL`. */
  variable: string;
  /** What is wrong and how to fix it, without the variable name. */
  reason: string;
}

/**
 * The server's settings are wrong. Lists every wrong setting at once, so an operator fixes
 * them in one pass instead of one restart per mistake. Each line reads
 * `VARIABLE: reason`.
 */
export class ConfigError extends BaseError<"CONFIG_INVALID"> {
  override name = "ConfigError";
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    const lines = issues.map((i) => `  - ${i.variable}: ${i.reason}`);
    const count = issues.length === 1 ? "1 setting" : `${issues.length} settings`;
    super({
      code: "CONFIG_INVALID",
      message: `Invalid configuration (${count}):\n${lines.join("\n")}`,
      details: { issues },
    });
    this.issues = issues;
  }
}
