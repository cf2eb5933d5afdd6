import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { startFlowHarness, devAccount, type FlowHarness } from "./flow-harness";

vi.mock("server-only", () => ({}));

let h: FlowHarness;
beforeAll(async () => {
  h = await startFlowHarness("smoke");
});
afterAll(async () => {
  await h?.close();
});

test("draft", async () => {
  const contributor = devAccount(1, h.provider);
  const gen = await h.createGeneration({ contributor: contributor.address, prompt: "calm golden dawn", seed: 7 });
  const { POST } = await import("@/app/api/records/route");
  const res = await POST(new Request("http://localhost/api/records", {
    method: "POST",
    headers: { cookie: await h.cookie(contributor.address), "content-type": "application/json" },
    body: JSON.stringify({ generationId: gen.id, contribution: "I wrote the prompt", royaltyBps: 500, split: [
      { account: contributor.address, role: "prompter", bps: 7500 },
      { account: "0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a", role: "trainer", bps: 1500 },
      { account: h.deployer.address, role: "platform", bps: 1000 },
    ] }),
  }));
  const body = await res.json();
  console.log(JSON.stringify(body, null, 2));
  expect(res.status).toBe(200);
});

test("sign mint confirm", async () => {
  const contributor = devAccount(1, h.provider);
  const gen = await h.createGeneration({ contributor: contributor.address, prompt: "cool tide", seed: 8 });
  const { POST } = await import("@/app/api/records/route");
  const cookie = await h.cookie(contributor.address);
  const res = await POST(new Request("http://localhost/api/records", {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ generationId: gen.id, contribution: "I wrote the prompt", royaltyBps: 500, split: [
      { account: contributor.address, role: "prompter", bps: 9000 },
      { account: h.deployer.address, role: "platform", bps: 1000 },
    ] }),
  }));
  const draft = await res.json();
  const { EIP712Domain: _, ...types } = draft.typedData.types;
  const signature = await contributor.signTypedData(draft.typedData.domain, types, draft.typedData.message);
  const sign = await import("@/app/api/records/[id]/sign/route");
  const sres = await sign.POST(new Request("http://localhost/x", { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ signature }) }), { params: Promise.resolve({ id: draft.recordId }) });
  const attested = await sres.json();
  console.log(sres.status, JSON.stringify(attested, null, 2));
  const { ARTWORK_ABI } = await import("@/lib/provenance/server/artwork-abi");
  const { mintRequestFromJson } = await import("@/lib/provenance/server/mint-request-json");
  const { Contract } = await import("ethers");
  const artwork = new Contract(attested.artworkAddress, ARTWORK_ABI, contributor);
  const tx = await artwork.getFunction("mint")(mintRequestFromJson(attested.mintRequest), attested.mintSignature);
  await tx.wait();
  const minted = await import("@/app/api/records/[id]/minted/route");
  const mres = await minted.POST(new Request("http://localhost/x", { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ txHash: tx.hash }) }), { params: Promise.resolve({ id: draft.recordId }) });
  console.log(mres.status, await mres.json());
  const again = await minted.POST(new Request("http://localhost/x", { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ txHash: tx.hash }) }), { params: Promise.resolve({ id: draft.recordId }) });
  console.log(again.status, await again.json());
});
