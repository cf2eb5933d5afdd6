import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { ENV_VARIABLES, loadEnv } from "@/lib/config/env";
import { ConfigError } from "@/lib/errors";

// A fixed, fake repository root: loadEnv must resolve defaults against the cwd it is given,
// never the directory the test runner happens to start in.
const cwd = path.resolve("/srv/colophon");
const KEY = `0x${"ab".repeat(32)}`;

/** The `VARIABLE: reason` lines of the ConfigError that `source` raises. */
function issuesOf(source: Record<string, string>): Array<{ variable: string; reason: string }> {
  try {
    loadEnv(source, { cwd });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).issues];
  }
  throw new Error("expected loadEnv to throw a ConfigError");
}

describe("loadEnv", () => {
  test("default: no settings gives the embedded defaults", () => {
    expect(loadEnv({}, { cwd })).toEqual({
      COLOPHON_DATA_DIR: path.join(cwd, ".colophon"),
      PORT: 3000,
      CHAIN_PORT: 8545,
      CHAIN_RPC_URL: undefined,
      DEPLOYMENTS_DIR: path.join(cwd, "deployments"),
      DATABASE_URL: undefined,
      IPFS_API_URL: undefined,
      ATTESTOR_PRIVATE_KEY: undefined,
      INFERENCE_DEVICE: "auto",
      REDIS_URL: undefined,
      AUTH_SECRET: undefined,
      NEXTAUTH_SECRET: undefined,
      LOG_LEVEL: "info",
    });
  });

  test("behavior: every setting is read when valid", () => {
    const secret = "s".repeat(40);
    expect(
      loadEnv(
        {
          COLOPHON_DATA_DIR: "/var/lib/colophon",
          PORT: "8080",
          CHAIN_PORT: "9545",
          CHAIN_RPC_URL: "https://rpc.example.org/v1",
          DEPLOYMENTS_DIR: "deploy",
          DATABASE_URL: "postgresql://app:pw@db:5432/colophon",
          IPFS_API_URL: "http://127.0.0.1:5001",
          ATTESTOR_PRIVATE_KEY: KEY,
          INFERENCE_DEVICE: "CUDA",
          REDIS_URL: "redis://127.0.0.1:6379",
          AUTH_SECRET: secret,
          LOG_LEVEL: "debug",
        },
        { cwd },
      ),
    ).toEqual({
      COLOPHON_DATA_DIR: "/var/lib/colophon",
      PORT: 8080,
      CHAIN_PORT: 9545,
      CHAIN_RPC_URL: "https://rpc.example.org/v1",
      DEPLOYMENTS_DIR: path.join(cwd, "deploy"),
      DATABASE_URL: "postgresql://app:pw@db:5432/colophon",
      IPFS_API_URL: "http://127.0.0.1:5001",
      ATTESTOR_PRIVATE_KEY: KEY,
      INFERENCE_DEVICE: "cuda",
      REDIS_URL: "redis://127.0.0.1:6379",
      AUTH_SECRET: secret,
      NEXTAUTH_SECRET: undefined,
      LOG_LEVEL: "debug",
    });
  });

  test("behavior: empty and blank values mean unset, as a bare `FOO=` line in .env does", () => {
    expect(loadEnv({ PORT: "", DATABASE_URL: "  ", INFERENCE_DEVICE: "" }, { cwd })).toMatchObject({
      PORT: 3000,
      DATABASE_URL: undefined,
      INFERENCE_DEVICE: "auto",
    });
  });

  test("behavior: a relative data directory is resolved against cwd", () => {
    expect(loadEnv({ COLOPHON_DATA_DIR: "tmp/data" }, { cwd }).COLOPHON_DATA_DIR).toBe(path.join(cwd, "tmp/data"));
  });

  test("behavior: postgres:// is accepted as well as postgresql://", () => {
    expect(loadEnv({ DATABASE_URL: "postgres://localhost/test" }, { cwd }).DATABASE_URL).toBe(
      "postgres://localhost/test",
    );
  });

  test("behavior: NEXTAUTH_SECRET is read when AUTH_SECRET is unset, and AUTH_SECRET wins when both are", () => {
    const legacy = "l".repeat(32);
    const current = "c".repeat(32);
    expect(loadEnv({ NEXTAUTH_SECRET: legacy }, { cwd })).toMatchObject({ AUTH_SECRET: legacy, NEXTAUTH_SECRET: legacy });
    expect(loadEnv({ NEXTAUTH_SECRET: legacy, AUTH_SECRET: current }, { cwd }).AUTH_SECRET).toBe(current);
  });

  test("behavior: CHAIN_PORT may equal PORT when CHAIN_RPC_URL is set, as no local node is started", () => {
    expect(
      loadEnv({ PORT: "8545", CHAIN_RPC_URL: "http://127.0.0.1:8545" }, { cwd }),
    ).toMatchObject({ PORT: 8545, CHAIN_PORT: 8545 });
  });

  test.each([
    ["PORT", "abc", "must be a whole number from 1 to 65535, got 'abc'"],
    ["PORT", "0", "must be a whole number from 1 to 65535, got '0'"],
    ["PORT", "65536", "must be a whole number from 1 to 65535, got '65536'"],
    ["PORT", "80.5", "must be a whole number from 1 to 65535, got '80.5'"],
    ["CHAIN_PORT", "-1", "must be a whole number from 1 to 65535, got '-1'"],
    ["CHAIN_RPC_URL", "foo", "must be an http(s) URL, got 'foo' (e.g. http://127.0.0.1:8545)"],
    ["CHAIN_RPC_URL", "ws://127.0.0.1:8545", "must be an http(s) URL, got 'ws://127.0.0.1:8545' (e.g. http://127.0.0.1:8545)"],
    [
      "DATABASE_URL",
      "mysql://root@localhost/db",
      "must be a postgres:// or postgresql:// URL, got 'mysql://root@localhost/db'; unset it to use the embedded PGlite database",
    ],
    [
      "IPFS_API_URL",
      "localhost:5001",
      "must be an http(s) URL of a Kubo RPC API, got 'localhost:5001' (e.g. http://127.0.0.1:5001); unset it to use the local blockstore",
    ],
    ["REDIS_URL", "http://127.0.0.1:6379", "must be a redis:// or rediss:// URL, got 'http://127.0.0.1:6379'"],
    ["INFERENCE_DEVICE", "gpu", "must be one of auto, cpu, cuda, webgpu, got 'gpu'"],
    ["LOG_LEVEL", "verbose", "must be one of debug, info, warn, error, silent, got 'verbose'"],
  ])("error: %s=%s names the variable and the reason", (variable, value, reason) => {
    expect(issuesOf({ [variable]: value })).toEqual([{ variable, reason }]);
  });

  test("error: a wrong DATABASE_URL is shown with its password masked", () => {
    expect(issuesOf({ DATABASE_URL: "mysql://app:hunter2@db/colophon" })).toEqual([
      {
        variable: "DATABASE_URL",
        reason:
          "must be a postgres:// or postgresql:// URL, got 'mysql://app:***@db/colophon'; unset it to use the embedded PGlite database",
      },
    ]);
  });

  test("error: an unparseable DATABASE_URL (port out of range) hides its credentials part", () => {
    expect(issuesOf({ DATABASE_URL: "postgres://app:hunter2@db:99999/colophon" })).toEqual([
      {
        variable: "DATABASE_URL",
        reason:
          "must be a postgres:// or postgresql:// URL, got 'postgres://***@db:99999/colophon'; unset it to use the embedded PGlite database",
      },
    ]);
  });

  test("error: a malformed ATTESTOR_PRIVATE_KEY is reported by length, never echoed", () => {
    const bad = `0x${"zz".repeat(32)}`;
    const issues = issuesOf({ ATTESTOR_PRIVATE_KEY: bad });
    expect(issues).toEqual([
      {
        variable: "ATTESTOR_PRIVATE_KEY",
        reason:
          "must be 0x followed by 64 hex digits, got 66 characters (value not shown); or unset it to use the key file in the data directory",
      },
    ]);
    expect(JSON.stringify(issues)).not.toContain("zzzz");
  });

  test("error: a short AUTH_SECRET is reported by length, never echoed", () => {
    expect(issuesOf({ AUTH_SECRET: "tooshort" })).toEqual([
      {
        variable: "AUTH_SECRET",
        reason:
          "must be at least 32 characters, got 8 (value not shown); generate one with `openssl rand -base64 32`",
      },
    ]);
  });

  test("error: CHAIN_PORT equal to PORT is refused when the local node would be started", () => {
    expect(issuesOf({ PORT: "8545" })).toEqual([
      {
        variable: "CHAIN_PORT",
        reason:
          "must differ from PORT (both are 8545); the web server and the local chain node need a port each",
      },
    ]);
  });

  test("error: several wrong settings are all listed in one ConfigError", () => {
    let caught: unknown;
    try {
      loadEnv(
        { PORT: "web", CHAIN_RPC_URL: "foo", INFERENCE_DEVICE: "tpu", DATABASE_URL: "sqlite:x.db" },
        { cwd },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.message).toBe(
      [
        "Invalid configuration (4 settings):",
        "  - PORT: must be a whole number from 1 to 65535, got 'web'",
        "  - CHAIN_RPC_URL: must be an http(s) URL, got 'foo' (e.g. http://127.0.0.1:8545)",
        "  - DATABASE_URL: must be a postgres:// or postgresql:// URL, got 'sqlite:x.db'; unset it to use the embedded PGlite database",
        "  - INFERENCE_DEVICE: must be one of auto, cpu, cuda, webgpu, got 'tpu'",
      ].join("\n"),
    );
    expect(error.details).toEqual({ issues: error.issues });
  });

  test("behavior: a cross-setting problem is listed together with single-setting ones", () => {
    expect(issuesOf({ PORT: "9000", CHAIN_PORT: "9000", LOG_LEVEL: "loud" })).toEqual([
      { variable: "LOG_LEVEL", reason: "must be one of debug, info, warn, error, silent, got 'loud'" },
      {
        variable: "CHAIN_PORT",
        reason:
          "must differ from PORT (both are 9000); the web server and the local chain node need a port each",
      },
    ]);
  });
});

describe(".env.example", () => {
  // The example is the operator's documentation: it must list exactly the settings the
  // schema reads, and as shipped (every value empty) it must mean "all defaults".
  const example = fs.readFileSync(path.resolve(import.meta.dirname, "../../../.env.example"), "utf8");
  const assignments = example
    .split("\n")
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => line.split("=", 2) as [string, string]);

  test("default: lists every setting the schema reads, and nothing else", () => {
    expect(assignments.map(([name]) => name).sort()).toEqual([...ENV_VARIABLES].sort());
  });

  test("behavior: as shipped it parses to the defaults", () => {
    expect(loadEnv(Object.fromEntries(assignments), { cwd })).toEqual(loadEnv({}, { cwd }));
  });
});

describe("built-in models' trainer settings", () => {
  test("default: both unset (key file in the data directory, payout to its address)", () => {
    const settings = loadEnv({}, { cwd });
    expect(settings.BUILTIN_TRAINER_PRIVATE_KEY).toBeUndefined();
    expect(settings.BUILTIN_TRAINER_PAYOUT_ADDRESS).toBeUndefined();
  });

  test("behavior: a payout address is read and checksummed", () => {
    const address = "0x33ffb18f67810b4e235c4c11b000fb605323ea35";
    expect(loadEnv({ BUILTIN_TRAINER_PAYOUT_ADDRESS: address }, { cwd }).BUILTIN_TRAINER_PAYOUT_ADDRESS).toBe("0x33fFB18f67810b4e235C4c11B000FB605323EA35");
  });

  test.each(["0x1234", "0x0000000000000000000000000000000000000000", "0x33fFB18f67810b4e235C4c11B000FB605323ea35"])("error: BUILTIN_TRAINER_PAYOUT_ADDRESS %s is refused", (value) => {
    expect(() => loadEnv({ BUILTIN_TRAINER_PAYOUT_ADDRESS: value }, { cwd })).toThrow(/BUILTIN_TRAINER_PAYOUT_ADDRESS: must be an account address/);
  });

  test("error: a malformed BUILTIN_TRAINER_PRIVATE_KEY is refused without echoing it", () => {
    expect(() => loadEnv({ BUILTIN_TRAINER_PRIVATE_KEY: "0xsecretish" }, { cwd })).toThrow(/BUILTIN_TRAINER_PRIVATE_KEY: must be 0x followed by 64 hex digits, got 11 characters \(value not shown\)/);
  });
});

describe("model sandbox settings", () => {
  test("default: both unset (the sandbox's own 4096 MiB and 120 s apply)", () => {
    const settings = loadEnv({}, { cwd });
    expect(settings.MODEL_SANDBOX_MEMORY_MIB).toBeUndefined();
    expect(settings.MODEL_SANDBOX_TIME_LIMIT_S).toBeUndefined();
  });

  test("behavior: the memory and time limits are read as whole numbers, at their bounds too", () => {
    expect(loadEnv({ MODEL_SANDBOX_MEMORY_MIB: "8192", MODEL_SANDBOX_TIME_LIMIT_S: "30" }, { cwd })).toMatchObject({
      MODEL_SANDBOX_MEMORY_MIB: 8192,
      MODEL_SANDBOX_TIME_LIMIT_S: 30,
    });
    expect(loadEnv({ MODEL_SANDBOX_MEMORY_MIB: "2048", MODEL_SANDBOX_TIME_LIMIT_S: "1" }, { cwd })).toMatchObject({
      MODEL_SANDBOX_MEMORY_MIB: 2048,
      MODEL_SANDBOX_TIME_LIMIT_S: 1,
    });
    expect(loadEnv({ MODEL_SANDBOX_TIME_LIMIT_S: "3600" }, { cwd }).MODEL_SANDBOX_TIME_LIMIT_S).toBe(3600);
  });

  const memoryWhy = "; node and ONNX Runtime take about 1 GiB of address space before a model loads, so less than 2048 leaves models no room";
  const timeWhy = " (the most seconds one validation or generation of a model may run)";
  test.each([
    ["MODEL_SANDBOX_MEMORY_MIB", "1024", `must be a whole number from 2048 to 1048576, got '1024'${memoryWhy}`],
    ["MODEL_SANDBOX_MEMORY_MIB", "4GiB", `must be a whole number from 2048 to 1048576, got '4GiB'${memoryWhy}`],
    ["MODEL_SANDBOX_MEMORY_MIB", "4096.5", `must be a whole number from 2048 to 1048576, got '4096.5'${memoryWhy}`],
    ["MODEL_SANDBOX_TIME_LIMIT_S", "0", `must be a whole number from 1 to 3600, got '0'${timeWhy}`],
    ["MODEL_SANDBOX_TIME_LIMIT_S", "3601", `must be a whole number from 1 to 3600, got '3601'${timeWhy}`],
    ["MODEL_SANDBOX_TIME_LIMIT_S", "-5", `must be a whole number from 1 to 3600, got '-5'${timeWhy}`],
    ["MODEL_SANDBOX_TIME_LIMIT_S", "2m", `must be a whole number from 1 to 3600, got '2m'${timeWhy}`],
  ])("error: %s=%s names the variable and the reason", (variable, value, reason) => {
    expect(issuesOf({ [variable]: value })).toEqual([{ variable, reason }]);
  });

  test("error: both wrong are listed together", () => {
    expect(issuesOf({ MODEL_SANDBOX_MEMORY_MIB: "512", MODEL_SANDBOX_TIME_LIMIT_S: "0" }).map(({ variable }) => variable)).toEqual([
      "MODEL_SANDBOX_MEMORY_MIB",
      "MODEL_SANDBOX_TIME_LIMIT_S",
    ]);
  });
});
