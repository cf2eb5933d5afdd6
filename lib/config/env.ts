import path from "node:path";
import { getAddress, ZeroAddress } from "ethers";
import { z } from "zod";
import { ConfigError, type ConfigIssue } from "@/lib/errors";

// The one reader of process.env in the app. Every setting is declared here with its
// default, validated once, and handed out as a typed object keyed by the variable names.
// A wrong setting is reported with its variable name, the reason and the fix, and all
// wrong settings are reported together (ConfigError), so a bad .env costs one restart,
// not one per mistake.
//
// Unset and empty ("FOO=" in a .env file) mean the same thing: use the default.
//
// Values are echoed in messages so a typo is easy to spot, except secrets (never shown)
// and passwords inside URLs (masked).

/** Inference execution providers the server can be asked to use. */
export const INFERENCE_DEVICES = ["auto", "cpu", "cuda", "webgpu"] as const;

/** Log levels, most verbose first. */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

/** Options of {@link loadEnv}. */
export interface LoadEnvOptions {
  /**
   * Directory that relative paths and the defaults (`.colophon`, `deployments`) are
   * resolved against: the repository root, which is where `npm start` and `next start`
   * run. Defaults to `process.cwd()`.
   */
  cwd?: string;
}

/** Raw environment: what `process.env` looks like. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Shortest acceptable session secret: 32 characters is 192 bits of base64. */
const MIN_SECRET_LENGTH = 32;

/** Treats unset, empty and blank as "not set" and trims the rest. */
const raw = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** Quotes a value for a message, shortening long ones so a pasted blob stays readable. */
function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return `'${shown}'`;
}

/** Quotes a URL with its password masked, so a mistyped DATABASE_URL does not leak it. */
function quoteUrl(value: string): string {
  try {
    // Echo what was typed (not the URL's normalised form) so the operator recognises it.
    const { password } = new URL(value);
    return quote(password === "" ? value : value.replace(`:${password}@`, ":***@"));
  } catch {
    // Not parseable, so the password cannot be found reliably: hide all the credentials
    // part (before the last "@"), keep the scheme and the host, which are not secret.
    if (!value.includes("@")) return quote(value);
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? "";
    return quote(`${scheme}***@${value.slice(value.lastIndexOf("@") + 1)}`);
  }
}

/** A TCP port, 1 to 65535. */
function portSetting(defaultPort: number) {
  return raw.transform((v, ctx) => {
    if (v === undefined) return defaultPort;
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 65535) return n;
    ctx.addIssue({ code: "custom", message: `must be a whole number from 1 to 65535, got ${quote(v)}` });
    return z.NEVER;
  });
}

/** A directory; relative paths are resolved against `cwd`. */
function pathSetting(cwd: string, defaultRelative: string) {
  return raw.transform((v, ctx) => {
    if (v !== undefined && v.includes("\0")) {
      ctx.addIssue({ code: "custom", message: "must be a file system path, got a value with a NUL byte" });
      return z.NEVER;
    }
    return path.resolve(cwd, v ?? defaultRelative);
  });
}

/** An optional URL whose scheme is one of `protocols`; `what` names them in the message. */
function urlSetting(protocols: readonly string[], what: string, hint: string) {
  return raw.transform((v, ctx) => {
    if (v === undefined) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(v);
    } catch {
      url = undefined;
    }
    if (url !== undefined && protocols.includes(url.protocol) && url.host !== "") return v;
    ctx.addIssue({ code: "custom", message: `must be ${what}, got ${quoteUrl(v)}${hint}` });
    return z.NEVER;
  });
}

/**
 * An optional whole number from `min` to `max`; unset stays undefined (the reader picks the
 * default). `why` is added to the message, e.g. why the minimum is what it is.
 */
function wholeNumberSetting(min: number, max: number, why = "") {
  return raw.transform((v, ctx) => {
    if (v === undefined) return undefined;
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}, got ${quote(v)}${why}` });
    return z.NEVER;
  });
}

/** One of a fixed set of words, compared case-insensitively. */
function enumSetting<T extends string>(values: readonly T[], defaultValue: T) {
  return raw.transform((v, ctx) => {
    if (v === undefined) return defaultValue;
    const lower = v.toLowerCase();
    const match = values.find((x) => x === lower);
    if (match !== undefined) return match;
    ctx.addIssue({ code: "custom", message: `must be one of ${values.join(", ")}, got ${quote(v)}` });
    return z.NEVER;
  });
}

/** An optional secret: never echoed, only its length is reported. */
function secretSetting() {
  return raw.transform((v, ctx) => {
    if (v === undefined || v.length >= MIN_SECRET_LENGTH) return v;
    ctx.addIssue({
      code: "custom",
      message:
        `must be at least ${MIN_SECRET_LENGTH} characters, got ${v.length} (value not shown); ` +
        "generate one with `openssl rand -base64 32`",
    });
    return z.NEVER;
  });
}

/** An optional secp256k1 private key as 0x + 64 hex digits; never echoed. */
const privateKeySetting = raw.transform((v, ctx) => {
  if (v === undefined || /^0x[0-9a-fA-F]{64}$/.test(v)) return v;
  ctx.addIssue({
    code: "custom",
    message:
      `must be 0x followed by 64 hex digits, got ${v.length} characters (value not shown); ` +
      "or unset it to use the key file in the data directory",
  });
  return z.NEVER;
});

/** An optional account address (0x + 40 hex digits, any case but a wrong EIP-55 checksum); not the zero address. */
const addressSetting = raw.transform((v, ctx) => {
  if (v === undefined) return undefined;
  let address: string | undefined;
  try {
    address = /^0x[0-9a-fA-F]{40}$/.test(v) ? getAddress(v) : undefined;
  } catch {
    address = undefined;
  }
  if (address !== undefined && address !== ZeroAddress) return address;
  ctx.addIssue({
    code: "custom",
    message: `must be an account address (0x followed by 40 hex digits, not the zero address, with a correct checksum if mixed-case), got ${quote(v)}`,
  });
  return z.NEVER;
});

/**
 * Every setting, keyed by environment variable, each validated on its own. Paths come out
 * absolute; unset optional settings come out `undefined`.
 */
function settingsObject(cwd: string) {
  return z.object({
    /** Where the embedded parts keep their state: PGlite, blocks, chain journal, keys. */
    COLOPHON_DATA_DIR: pathSetting(cwd, ".colophon"),
    /** Port of the web server. */
    PORT: portSetting(3000),
    /** Port of the local chain node; unused when CHAIN_RPC_URL is set. */
    CHAIN_PORT: portSetting(8545),
    /** External chain RPC; unset means the start script runs a local node. */
    CHAIN_RPC_URL: urlSetting(["http:", "https:"], "an http(s) URL", " (e.g. http://127.0.0.1:8545)"),
    /** Where `<chainId>.json` deployment files are. */
    DEPLOYMENTS_DIR: pathSetting(cwd, "deployments"),
    /** PostgreSQL server; unset means PGlite in `<COLOPHON_DATA_DIR>/pglite`. */
    DATABASE_URL: urlSetting(
      ["postgres:", "postgresql:"],
      "a postgres:// or postgresql:// URL",
      "; unset it to use the embedded PGlite database",
    ),
    /** Kubo RPC API; unset means the local blockstore in the data directory. */
    IPFS_API_URL: urlSetting(
      ["http:", "https:"],
      "an http(s) URL of a Kubo RPC API",
      " (e.g. http://127.0.0.1:5001); unset it to use the local blockstore",
    ),
    /** Attestor key; unset means `<COLOPHON_DATA_DIR>/keys/attestor.key`. */
    ATTESTOR_PRIVATE_KEY: privateKeySetting,
    /** Key that signs the built-in models' cards; unset means `<COLOPHON_DATA_DIR>/keys/builtin-trainer.key`. */
    BUILTIN_TRAINER_PRIVATE_KEY: privateKeySetting,
    /** Where the built-in models' trainer share is paid; unset means the built-in trainer key's own address. */
    BUILTIN_TRAINER_PAYOUT_ADDRESS: addressSetting,
    /** Requested inference execution provider. */
    INFERENCE_DEVICE: enumSetting(INFERENCE_DEVICES, "auto"),
    /** Optional Redis (queues, rate limits); unset means in-process. */
    REDIS_URL: urlSetting(["redis:", "rediss:"], "a redis:// or rediss:// URL", ""),
    /** Session secret. */
    AUTH_SECRET: secretSetting(),
    /** Older name of AUTH_SECRET, read when AUTH_SECRET is unset. */
    NEXTAUTH_SECRET: secretSetting(),
    /**
     * The site's public address, which wallet sign-in messages must name; unset means the
     * site is reached on localhost only. next-auth reads the same variable.
     */
    NEXTAUTH_URL: urlSetting(
      ["http:", "https:"],
      "an http(s) URL",
      " (the site's public address, e.g. https://colophon.example.org)",
    ),
    /** Least severe level that is logged. */
    LOG_LEVEL: enumSetting(LOG_LEVELS, "info"),
    /**
     * Blocks the chain index stays behind the head; unset means 0 on the local chain (chain
     * id 31337) and 5 on any other (lib/indexer/indexer-settings.ts).
     */
    INDEXER_CONFIRMATIONS: wholeNumberSetting(0, 10_000),
    /**
     * How often the web server's in-process indexer polls the chain, in ms; 0 turns it off
     * (run `npm run indexer` instead). Unset means 1000, or 0 under the test runner
     * (NODE_ENV=test) so suites that open a runtime get no background writer.
     */
    INDEXER_POLL_MS: wholeNumberSetting(0, 3_600_000),
    /**
     * Reverse proxies in front of the web server that each append the address they got the
     * request from to X-Forwarded-For; the client's address is the entry this many places
     * before the last (lib/http/client-ip.ts). Unset means 0: clients connect directly.
     */
    TRUSTED_PROXY_HOPS: wholeNumberSetting(0, 10),
    /**
     * Address-space limit of the model sandbox's worker, in MiB (inference/sandbox/); unset
     * means 4096. Node and ONNX Runtime take about 1 GiB of it before a model loads.
     */
    MODEL_SANDBOX_MEMORY_MIB: wholeNumberSetting(
      2048,
      1_048_576,
      "; node and ONNX Runtime take about 1 GiB of address space before a model loads, so less than 2048 leaves models no room",
    ),
    /** Wall-clock limit of one request (validation or generation) in the model sandbox, in seconds; unset means 120. */
    MODEL_SANDBOX_TIME_LIMIT_S: wholeNumberSetting(1, 3600, " (the most seconds one validation or generation of a model may run)"),
  });
}

/** Every environment variable the server reads. */
export const ENV_VARIABLES = Object.keys(settingsObject(process.cwd()).shape) as ReadonlyArray<
  keyof ReturnType<typeof settingsObject>["shape"]
>;

/**
 * The schema of the settings: environment variables in, typed settings out, keyed by the
 * same variable names (so a value is found by the name in .env.example). Built per call
 * because path defaults depend on the directory the server runs in.
 */
export function envSchema(cwd: string) {
  return settingsObject(cwd).transform(({ AUTH_SECRET, NEXTAUTH_SECRET, ...rest }) => ({
    ...rest,
    /** The session secret in effect: AUTH_SECRET, or its older name NEXTAUTH_SECRET. */
    AUTH_SECRET: AUTH_SECRET ?? NEXTAUTH_SECRET,
    NEXTAUTH_SECRET,
  }));
}

/** The validated settings. */
export type Env = z.output<ReturnType<typeof envSchema>>;

/** Checks between settings, run only on values that are valid on their own. */
function crossCheck(source: EnvSource, cwd: string): ConfigIssue[] {
  const fields = settingsObject(cwd).shape;
  const port = fields.PORT.safeParse(source.PORT);
  const chainPort = fields.CHAIN_PORT.safeParse(source.CHAIN_PORT);
  const rpc = fields.CHAIN_RPC_URL.safeParse(source.CHAIN_RPC_URL);
  // The chain port only matters when the local node is started (no CHAIN_RPC_URL).
  if (port.success && chainPort.success && rpc.success && rpc.data === undefined) {
    if (port.data === chainPort.data) {
      return [
        {
          variable: "CHAIN_PORT",
          reason: `must differ from PORT (both are ${port.data}); the web server and the local chain node need a port each`,
        },
      ];
    }
  }
  return [];
}

/**
 * Validates the settings in `source` and returns them typed, with defaults filled in.
 * Reads nothing but its arguments (which default to process.env and process.cwd()), so
 * tests pass their own.
 *
 * @throws {ConfigError} listing every wrong setting, one `VARIABLE: reason` line each.
 */
export function loadEnv(source: EnvSource = process.env, options: LoadEnvOptions = {}): Env {
  const cwd = options.cwd ?? process.cwd();
  const result = envSchema(cwd).safeParse(source);
  const issues: ConfigIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ variable: String(issue.path[0]), reason: issue.message }));
  issues.push(...crossCheck(source, cwd));
  if (issues.length > 0 || !result.success) throw new ConfigError(issues);
  if (result.data.INDEXER_POLL_MS === undefined && source.NODE_ENV === "test") return { ...result.data, INDEXER_POLL_MS: 0 };
  return result.data;
}

let cached: Env | undefined;

/**
 * The process's settings, validated on first use and cached: later changes to process.env
 * are not seen, so every part of the server agrees on one configuration.
 *
 * @throws {ConfigError} on the first call if any setting is wrong.
 */
export function env(): Env {
  cached ??= loadEnv(process.env);
  return cached;
}
