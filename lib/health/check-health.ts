import { probeAttestor, type AttestorHealth } from "./probe-attestor";
import { probeChain, type ChainHealth } from "./probe-chain";
import { probeContentStore, type ContentStoreHealth, type ContentStoreProbeTarget } from "./probe-content-store";
import { probeDatabase, type DatabaseHealth, type DatabaseProbeTarget } from "./probe-database";
import { probeInference, type InferenceHealth } from "./probe-inference";

/** The parts to check, each opened lazily by the probe so that opening can fail or hang. */
export interface HealthSources {
  /** Opens (or returns the already open) database. */
  openDatabase(): Promise<DatabaseProbeTarget>;
  /** Opens (or returns the already open) content store. */
  openContentStore(): Promise<ContentStoreProbeTarget>;
  /** The chain node and the deployment file for its chain id. */
  chain: {
    rpcUrl: string;
    loadContracts(chainId: number): Promise<Readonly<Record<string, string>>>;
  };
  /** Loads (or returns the already loaded) attestor key. */
  loadAttestor(): Promise<{ address: string; source: string }>;
  /** INFERENCE_DEVICE. */
  inferenceDevice: string;
}

/** Options of {@link checkHealth}. */
export interface CheckHealthOptions {
  /**
   * Deadline of each probe in milliseconds. Generous enough for a first PGlite open (WASM
   * start-up) on a busy two-core machine; a part that takes longer is reported unhealthy.
   */
  timeoutMs?: number;
}

/** Every part's health and the verdict. */
export interface HealthReport {
  /** True only when every part is healthy. */
  ok: boolean;
  /** ISO time the check started. */
  checkedAt: string;
  /** How long the whole check took, milliseconds. */
  durationMs: number;
  parts: {
    database: DatabaseHealth;
    chain: ChainHealth;
    contentStore: ContentStoreHealth;
    inference: InferenceHealth;
    attestor: AttestorHealth;
  };
}

/** Name of each part, in the order a status page shows them. */
export type HealthPartName = keyof HealthReport["parts"];

const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * Checks every part the server depends on: database (dialect, applied and pending
 * migrations), chain (chain id, head, deployed contracts), content store (kind, reachable),
 * inference (ONNX Runtime version, execution providers) and attestor key (address, whether
 * the Artwork contract authorises it).
 *
 * Probes run in parallel, except the attestor's authorisation, which needs the Artwork
 * address the chain probe found. Each probe has its own deadline, so a hung part is
 * reported as unhealthy with the reason instead of hanging the check. Never throws.
 */
export async function checkHealth(sources: HealthSources, options: CheckHealthOptions = {}): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();

  const chainThenAttestor = probeChain({ ...sources.chain, timeoutMs }).then(async (chain) => {
    const artwork = chain.ok ? chain.contracts?.find((c) => c.name === "Artwork") : undefined;
    const attestor = await probeAttestor({
      load: sources.loadAttestor,
      artwork: artwork === undefined ? undefined : { rpcUrl: chain.rpcUrl, address: artwork.address },
      timeoutMs,
    });
    return { chain, attestor };
  });
  const [database, contentStore, inference, { chain, attestor }] = await Promise.all([
    probeDatabase(sources.openDatabase, timeoutMs),
    probeContentStore(sources.openContentStore, timeoutMs),
    probeInference(sources.inferenceDevice, timeoutMs),
    chainThenAttestor,
  ]);

  const parts = { database, chain, contentStore, inference, attestor };
  return {
    ok: Object.values(parts).every((part) => part.ok),
    checkedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    parts,
  };
}
