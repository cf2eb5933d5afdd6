import { Contract, ZeroAddress, type HDNodeWallet } from "ethers";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { recordTypedDataV4 } from "@/lib/provenance/eip712";
import { hashRecord } from "@/lib/provenance/hash-record";
import type { ProvenanceRecord } from "@/lib/provenance/record-schema";
import { devAccount, startFlowHarness, type FlowHarness, type TestGeneration } from "./flow-harness";
import { call, signDraft, type Handler } from "./route-helpers";

// Attestation against the chain as it is, on a real local chain: deadlines on the chain's
// clock (here two hours ahead of the server's), splits checked the way Artwork.mint checks
// them before anything is signed, and an attested record whose mint did not happen drafted
// again at once.

vi.mock("server-only", () => ({}));

let h: FlowHarness;
let contributor: HDNodeWallet;
let cookie: string;
let routes: { draft: Handler; sign: Handler; minted: Handler };
let abi: import("ethers").InterfaceAbi;
let fromJson: typeof import("@/lib/provenance/server/mint-request-json").mintRequestFromJson;

/** How far the chain's clock is moved ahead of the server's. */
const AHEAD_S = 2 * 60 * 60;

beforeAll(async () => {
  h = await startFlowHarness("records-redraft");
  contributor = devAccount(1, h.provider);
  cookie = await h.cookie(contributor.address);
  routes = {
    draft: (await import("@/app/api/records/route")).POST as Handler,
    sign: (await import("@/app/api/records/[id]/sign/route")).POST as Handler,
    minted: (await import("@/app/api/records/[id]/minted/route")).POST as Handler,
  };
  abi = (await import("@/lib/provenance/server/artwork-abi")).ARTWORK_ABI;
  fromJson = (await import("@/lib/provenance/server/mint-request-json")).mintRequestFromJson;
  // Time travel, as the journey test and a long-lived local chain do: the chain's clock is
  // now two hours ahead of the server's for every test below.
  const before = await chainTime();
  await h.provider.send("evm_increaseTime", [AHEAD_S]);
  await h.provider.send("evm_mine", []);
  expect(await chainTime()).toBeGreaterThanOrEqual(before + AHEAD_S);
});

afterAll(async () => {
  await h?.close();
});

const split = (prompterBps = 9000) => [
  { account: contributor.address, role: "prompter", bps: prompterBps },
  { account: h.deployer.address, role: "platform", bps: 10_000 - prompterBps },
];

async function draft(generation: TestGeneration, splitEntries = split()) {
  return call(routes.draft, { cookie, body: { generationId: generation.id, contribution: "I wrote the prompt", split: splitEntries, royaltyBps: 250 } });
}

async function attest(recordId: string, typedData: any) {
  const signature = await signDraft(contributor, typedData);
  return call(routes.sign, { cookie, params: { id: recordId }, body: { signature } });
}

async function sendMint(attested: { artworkAddress: string; mintRequest: unknown; mintSignature: string }) {
  const artwork = new Contract(attested.artworkAddress, abi, contributor);
  const tx = await artwork.getFunction("mint")(fromJson(attested.mintRequest as never), attested.mintSignature);
  await tx.wait();
  return tx.hash as string;
}

async function chainTime(): Promise<number> {
  return (await h.provider.getBlock("latest"))!.timestamp;
}

describe("deadlines from the chain's clock", () => {
  test("behavior: with the chain two hours ahead, the deadline is an hour past the chain's time and the mint succeeds", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "ahead of time", seed: 31 });
    const drafted = await draft(generation);
    expect(drafted.status).toBe(200);
    const before = await chainTime();
    const attested = await attest(drafted.json.recordId, drafted.json.typedData);
    expect(attested.status).toBe(200);
    const after = await chainTime();
    // An hour past the chain's latest block, which is more than an hour past the server's clock.
    const deadline = Number(attested.json.mintRequest.deadline);
    expect(deadline).toBeGreaterThanOrEqual(before + 3600);
    expect(deadline).toBeLessThanOrEqual(after + 3600);
    expect(deadline).toBeGreaterThan(Math.floor(Date.now() / 1000) + 3600);

    const txHash = await sendMint(attested.json);
    const minted = await call(routes.minted, { cookie, params: { id: drafted.json.recordId }, body: { txHash } });
    expect(minted.status).toBe(200);
    expect(minted.json.status).toBe("MINTED");
  });

  test("behavior: asking again hands back the stored attestation while the chain says it has time left", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "ask twice", seed: 32 });
    const drafted = await draft(generation);
    const first = await attest(drafted.json.recordId, drafted.json.typedData);
    const second = await attest(drafted.json.recordId, drafted.json.typedData);
    expect(second.json).toEqual(first.json);
  });

  test("behavior: an attestation near its deadline on the chain's clock is replaced by a fresh one", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "reissue", seed: 33 });
    const drafted = await draft(generation);
    const first = await attest(drafted.json.recordId, drafted.json.typedData);
    await h.provider.send("evm_increaseTime", [3600 - 60]);
    await h.provider.send("evm_mine", []);
    // ethers answers a repeated read within 250 ms from its cache; let the server's expire.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await attest(drafted.json.recordId, drafted.json.typedData);
    expect(second.status).toBe(200);
    expect(Number(second.json.mintRequest.deadline)).toBeGreaterThan(Number(first.json.mintRequest.deadline));
    expect(second.json.mintRequest.nonce).not.toBe(first.json.mintRequest.nonce);
    const txHash = await sendMint(second.json);
    expect((await call(routes.minted, { cookie, params: { id: drafted.json.recordId }, body: { txHash } })).status).toBe(200);
  });
});

describe("a chain that has not mined for a while", () => {
  test("behavior: the deadline is never earlier than an hour past the server's clock", async () => {
    const { attestRecord } = await import("@/lib/provenance/server/attest-record");
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "idle chain", seed: 38 });
    const drafted = await draft(generation);
    const signature = await signDraft(contributor, drafted.json.typedData);
    const { getProvenanceDeps } = await import("@/lib/provenance/server/get-provenance-deps");
    const deps = await getProvenanceDeps();
    // The server's clock three hours past the chain's latest block: the chain sat idle.
    const later = new Date(((await chainTime()) + 3 * 3600) * 1000);
    const attested = await attestRecord({ deps: { ...deps, now: () => later }, recordId: drafted.json.recordId, signedIn: contributor.address, signature });
    expect(Number(attested.mintRequest.deadline)).toBe(Math.floor(later.getTime() / 1000) + 3600);
  });
});

describe("splits checked the way the contract checks them", () => {
  test("error: a draft that pays the zero address is a 400 naming the entry", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "zero", seed: 34 });
    const response = await draft(generation, [...split(8000).slice(0, 1), { account: ZeroAddress, role: "curator", bps: 1000 }, { account: h.deployer.address, role: "platform", bps: 1000 }]);
    expect(response.status).toBe(400);
    expect(response.json.error.details).toMatchObject({ field: "split.1.account", reason: expect.stringContaining("zero address") });
    expect(await h.prisma.provenanceRecord.count({ where: { generationId: generation.id } })).toBe(0);
  });

  test("error: a stored record the contract would refuse is not attested (400 naming the entry), and stays a draft", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "tampered", seed: 35 });
    const drafted = await draft(generation);
    // A record that slipped past the draft checks (an older server, a hand-edited row).
    const record = { ...(drafted.json.record as ProvenanceRecord) };
    record.split = [{ account: ZeroAddress, role: "curator", bps: 1000 }, ...record.split.map((e) => (e.role === "prompter" ? { ...e, bps: e.bps - 1000 } : e))];
    await h.prisma.provenanceRecord.update({ where: { id: drafted.json.recordId }, data: { record, recordHash: hashRecord(record) } });
    const response = await attest(drafted.json.recordId, JSON.parse(recordTypedDataV4(record)));
    expect(response.status).toBe(400);
    expect(response.json.error.details).toMatchObject({ field: "split.0.account", reason: expect.stringContaining("zero address") });
    expect((await h.prisma.provenanceRecord.findUniqueOrThrow({ where: { id: drafted.json.recordId } })).status).toBe("DRAFT");
  });
});

describe("an attested record whose mint did not happen", () => {
  test("behavior: is drafted again at once with a new split, then attested and minted", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "change of mind", seed: 36 });
    const drafted = await draft(generation);
    const attested = await attest(drafted.json.recordId, drafted.json.typedData);
    expect(attested.status).toBe(200);

    // A mint that reverts (sent by someone other than the contributor) leaves no token.
    const stranger = devAccount(2, h.provider);
    const artwork = new Contract(attested.json.artworkAddress, abi, stranger);
    await expect(artwork.getFunction("mint")(fromJson(attested.json.mintRequest), attested.json.mintSignature)).rejects.toThrow();

    const again = await draft(generation, split(8000));
    expect(again.status).toBe(200);
    expect(again.json.recordId).toBe(drafted.json.recordId);
    expect(again.json.recordHash).not.toBe(drafted.json.recordHash);
    const row = await h.prisma.provenanceRecord.findUniqueOrThrow({ where: { id: drafted.json.recordId } });
    expect(row).toMatchObject({ status: "DRAFT", mintSignature: null, contributorSignature: null });

    const reattested = await attest(again.json.recordId, again.json.typedData);
    expect(reattested.status).toBe(200);
    expect(reattested.json.mintRequest.shares.map((s: { bps: number }) => s.bps).sort()).toEqual([2000, 8000]);
    const txHash = await sendMint(reattested.json);
    expect((await call(routes.minted, { cookie, params: { id: again.json.recordId }, body: { txHash } })).status).toBe(200);
  });

  test("error: once the chain holds its token (mint sent, not yet confirmed here), drafting again is a 409 naming the token", async () => {
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "minted quietly", seed: 37 });
    const drafted = await draft(generation);
    const attested = await attest(drafted.json.recordId, drafted.json.typedData);
    await sendMint(attested.json);
    const artwork = new Contract(attested.json.artworkAddress, abi, h.provider);
    const tokenId = (await artwork.getFunction("tokenByContentHash")(generation.sha256)) as bigint;
    expect(tokenId).toBeGreaterThan(0n);

    const again = await draft(generation, split(8000));
    expect(again.status).toBe(409);
    expect(again.json.error.details).toMatchObject({ field: "generationId", reason: "minted on chain", tokenId: tokenId.toString() });
    expect((await h.prisma.provenanceRecord.findUniqueOrThrow({ where: { id: drafted.json.recordId } })).status).toBe("ATTESTED");
  });
});

describe("the mint page's trainer share", () => {
  test("behavior: a built-in model's share is proposed to the operator's payout account, not to the card's key", async () => {
    const { getMintContext } = await import("@/lib/provenance/server/get-mint-context");
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "payout", seed: 39 });
    const payout = "0x00000000000000000000000000000000000000A1";
    const context = await getMintContext({ prisma: h.prisma, chain: null, builtinTrainer: { address: h.builtinTrainer.address, payoutAddress: payout } }, generation.id);
    expect(context!.generation.model).toMatchObject({ trainer: h.builtinTrainer.address, trainerShareAccount: payout });
  });

  test("behavior: any other model's share is proposed to its trainer", async () => {
    const { getMintContext } = await import("@/lib/provenance/server/get-mint-context");
    const generation = await h.createGeneration({ contributor: contributor.address, prompt: "someone else's", seed: 40 });
    const context = await getMintContext({ prisma: h.prisma, chain: null, builtinTrainer: { address: contributor.address, payoutAddress: h.deployer.address } }, generation.id);
    expect(context!.generation.model.trainerShareAccount).toBe(h.builtinTrainer.address);
  });
});
