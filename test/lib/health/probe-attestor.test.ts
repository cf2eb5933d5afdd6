import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Wallet } from "ethers";
import { probeAttestor } from "@/lib/health/probe-attestor";
import { KeyError } from "@/lib/errors";
import { closedPort } from "./closed-port";
import { serveHardhat, type ServedChain } from "./serve-hardhat";

let chain: ServedChain;

beforeAll(async () => {
  chain = await serveHardhat();
});

afterAll(async () => {
  await chain?.close();
});

describe("probeAttestor", () => {
  test("default: an attestor the Artwork contract authorises is healthy", async () => {
    const health = await probeAttestor({
      load: async () => ({ address: chain.attestor, source: "file" }),
      artwork: { rpcUrl: chain.rpcUrl, address: chain.contracts.Artwork },
      timeoutMs: 5_000,
    });
    expect(health).toEqual({ ok: true, address: chain.attestor, source: "file", authorised: true });
  });

  test("behavior: without a healthy chain only the key is checked and authorised is null", async () => {
    const health = await probeAttestor({
      load: async () => ({ address: chain.attestor, source: "env" }),
      timeoutMs: 5_000,
    });
    expect(health).toEqual({ ok: true, address: chain.attestor, source: "env", authorised: null });
  });

  test("error: an attestor the contract does not authorise says how to fix it", async () => {
    const stranger = Wallet.createRandom().address;
    const health = await probeAttestor({
      load: async () => ({ address: stranger, source: "created" }),
      artwork: { rpcUrl: chain.rpcUrl, address: chain.contracts.Artwork },
      timeoutMs: 5_000,
    });
    expect(health).toEqual({
      ok: false,
      address: stranger,
      source: "created",
      authorised: false,
      error: `the Artwork contract at ${chain.contracts.Artwork} does not authorise attestor ${stranger}; its owner must call setAttestor(${stranger}, true)`,
    });
  });

  test("error: a key that cannot be loaded gives the key's reason", async () => {
    const health = await probeAttestor({
      load: async () => {
        throw new KeyError({ code: "KEY_FILE_INSECURE", message: "key file is readable by others" });
      },
      artwork: { rpcUrl: chain.rpcUrl, address: chain.contracts.Artwork },
      timeoutMs: 5_000,
    });
    expect(health).toEqual({ ok: false, error: "key file is readable by others" });
  });

  test("error: a chain that stops answering keeps the address and reports the reason", async () => {
    const rpcUrl = `http://127.0.0.1:${await closedPort()}`;
    const health = await probeAttestor({
      load: async () => ({ address: chain.attestor, source: "file" }),
      artwork: { rpcUrl, address: chain.contracts.Artwork },
      timeoutMs: 5_000,
    });
    expect(health).toEqual({
      ok: false,
      address: chain.attestor,
      source: "file",
      authorised: null,
      error: `connection refused by ${rpcUrl} (is the chain node running? \`npm start\` starts one)`,
    });
  });
});
