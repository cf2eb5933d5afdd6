import type { Inference } from "../../inference/create-inference";
import type { RegisteredModel } from "../../inference/model-registry";
import type { PooledSession } from "../../inference/session-pool";

/** Wraps the pool so every session.run adds its time to `counter.ms`. */
export function timeModelRuns(inference: Inference, counter: { ms: number }): void {
  const acquire = inference.pool.acquire.bind(inference.pool);
  inference.pool.acquire = async (model: RegisteredModel): Promise<PooledSession> => {
    const pooled = await acquire(model);
    return {
      ...pooled,
      async run(feeds) {
        const started = performance.now();
        try {
          return await pooled.run(feeds);
        } finally {
          counter.ms += performance.now() - started;
        }
      },
    };
  };
}
