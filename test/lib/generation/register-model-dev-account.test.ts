import { describe, expect, test, vi } from "vitest";
import { DEV_ACCOUNT_ADDRESSES } from "@/lib/chain/dev-accounts";
import { LOCAL_CHAIN_ID } from "@/lib/chain/local-chain-constants";
import { InputError } from "@/lib/errors";
import { registerModel, type RegisterModelParameters } from "@/lib/generation/register-model";

// Hardhat's public dev accounts may sign model cards only on the local dev chain. The check
// comes before anything is read or stored, so these runtimes have nothing else to give.

vi.mock("server-only", () => ({}));

const DEV = DEV_ACCOUNT_ADDRESSES[5]!;

function runtimeOn(chainId: number | null): RegisterModelParameters["runtime"] {
  const untouched = () => Promise.reject(new Error("not reached"));
  return {
    database: untouched,
    contentStore: untouched,
    inference: untouched,
    generationQueue: untouched,
    ...(chainId === null ? {} : { provider: async () => ({ getNetwork: async () => ({ chainId: BigInt(chainId) }) }) as never }),
  };
}

const fields = (trainer: string) => ({
  name: "Ember",
  version: "1.0.0",
  license: "CC0-1.0",
  trainingData: "None.",
  weightsOrigin: "Random.",
  trainer,
  cardSignature: `0x${"11".repeat(65)}`,
  trainerShareBps: 0,
});

async function errorOf(parameters: RegisterModelParameters): Promise<unknown> {
  try {
    await registerModel(parameters);
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

describe("registerModel with a dev-account trainer", () => {
  test("error: off the local chain it is a 403 naming trainer", async () => {
    const error = await errorOf({ runtime: runtimeOn(1), signedIn: DEV, file: new Uint8Array(8), fields: fields(DEV) });
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: "FORBIDDEN", details: { field: "trainer", reason: expect.stringContaining("public Hardhat dev account") } });
  });

  test("behavior: on the local chain the check passes (the next check, the card signature, refuses this junk)", async () => {
    const error = await errorOf({ runtime: runtimeOn(LOCAL_CHAIN_ID), signedIn: DEV, file: new Uint8Array(8), fields: fields(DEV) });
    expect(error).toMatchObject({ code: "CARD_SIGNATURE_INVALID" });
  });
});
