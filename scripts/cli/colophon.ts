import { exportRecordJsonSchema } from "../../lib/provenance/record-schema";
import { parseVerifyArgs, USAGE, UsageError, VERIFY_USAGE } from "./parse-verify-args";
import { CommandError, runVerify } from "./verify-command";

/** I/O of the CLI, injectable for tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * `colophon <command>`: verify (chain + IPFS only) and schema. Returns the exit status:
 * 0 verified (or help/schema printed), 1 not verified or the chain unreachable, 2 usage error.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "schema") {
      io.out(JSON.stringify(exportRecordJsonSchema(), null, 2));
      return 0;
    }
    if (command === "verify") {
      const args = parseVerifyArgs(rest);
      if (!args) {
        io.out(VERIFY_USAGE);
        return 0;
      }
      return await runVerify(args, io.out);
    }
    throw new UsageError(`Unknown command ${JSON.stringify(command)}.`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`colophon: ${error.message}`);
      io.err(command === "verify" ? "Run colophon verify --help for the options." : "Run colophon --help for the commands.");
      return 2;
    }
    if (error instanceof CommandError) {
      io.err(`colophon: ${error.message}`);
      return 1;
    }
    io.err(`colophon: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
