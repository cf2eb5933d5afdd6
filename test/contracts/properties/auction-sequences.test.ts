import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Contract, Signer } from "ethers";
import { roleId, sortShares, type Share } from "@/lib/contracts/mint-request";
import { deployProtocol, ethers, mintWork, normalise, type Protocol } from "../fixtures";
import { AuctionModel, divide, key, nextMinimum, type Addr, type Outcome, type SplitEntry, type TokenInfo } from "./auction-model";

/*
 * Property tests over random action sequences. Zero gas price: every transaction is sent with
 * `gasPrice: 0` after `hardhat_setNextBlockBaseFeePerGas(0)` (blocks this small keep the base
 * fee at 0), so balances add up to the wei without any gas bookkeeping. Every transaction is
 * also mined at a timestamp the model chose (`evm_setNextBlockTimestamp`), so end times are
 * exact. Runs reset the chain with evm_snapshot / evm_revert.
 */

const ETH = ethers.ZeroAddress;
const GAS_LIMIT = 3_000_000;
// Under `npm run coverage` every EVM step is marshalled to JavaScript (about 14x slower), and a
// few dozen runs already reach every line these sequences can reach: fewer runs there.
const UNDER_COVERAGE = process.env.HARDHAT_NETWORK === "coverage";
const AUCTION_RUNS = Number(process.env.PROPERTY_RUNS ?? (UNDER_COVERAGE ? 25 : 200));
const SPLITTER_RUNS = Number(process.env.PROPERTY_SPLITTER_RUNS ?? (UNDER_COVERAGE ? 20 : 150));

type TxResult = { ok: true } | { ok: false; data: string; message: string };

async function rpc<T = unknown>(method: string, params: unknown[] = []): Promise<T> {
  return (await ethers.provider.send(method, params)) as T;
}

/** Revert data of a failed call, wherever ethers or Hardhat put it. */
function revertData(e: unknown): string | undefined {
  for (let cur: any = e, depth = 0; cur && depth < 8; cur = cur.error ?? cur.cause ?? cur.info?.error, depth++) {
    if (typeof cur.data === "string" && cur.data.startsWith("0x")) return cur.data;
    if (typeof cur.data?.data === "string") return cur.data.data;
  }
  return undefined;
}

/** Sends `method(args)` with zero gas price; returns the revert data instead of throwing. */
async function sendTx(from: Signer, target: Contract, method: string, args: unknown[], value = 0n): Promise<TxResult> {
  try {
    const tx = await (target.connect(from) as Contract)[method](...args, { value, gasPrice: 0, gasLimit: GAS_LIMIT });
    await tx.wait();
    return { ok: true };
  } catch (e) {
    const data = revertData(e);
    if (data === undefined) throw e;
    return { ok: false, data, message: String((e as Error).message ?? e).slice(0, 300) };
  }
}

/** Someone who acts: an EOA, or a hostile proxy contract driven by its own EOA. */
interface Actor {
  name: string;
  addr: Addr;
  /** Who pays msg.value when this actor calls with value. */
  payer: Addr;
  call(target: Contract, method: string, args: unknown[], value?: bigint): Promise<TxResult>;
}

function eoa(name: string, signer: Signer & { address: string }): Actor {
  return {
    name,
    addr: key(signer.address),
    payer: key(signer.address),
    call: (target, method, args, value = 0n) => sendTx(signer, target, method, args, value),
  };
}

function proxyActor(name: string, proxy: Contract, addr: string, driver: Signer & { address: string }): Actor {
  return {
    name,
    addr: key(addr),
    payer: key(driver.address),
    call: (target, method, args, value = 0n) =>
      sendTx(driver, proxy, "execute", [target.target, target.interface.encodeFunctionData(method, args)], value),
  };
}

/* ====================================================================== auction sequences */

type Action =
  | { kind: "create"; token: number; asOwner: number; actor: number; reserve: number; duration: number }
  | { kind: "bid"; auction: number; actor: number; amount: number }
  | { kind: "cancel"; auction: number; asSeller: number; actor: number }
  | { kind: "setReserve"; auction: number; asSeller: number; actor: number; reserve: number }
  | { kind: "settle"; auction: number; actor: number }
  /** Jump to the picked auction's end (if it has one ahead), then settle it. */
  | { kind: "endAndSettle"; auction: number; actor: number }
  | { kind: "withdraw"; target: number; self: boolean }
  | { kind: "splitWithdraw"; splitter: number; account: number; caller: number }
  | { kind: "distribute"; splitter: number }
  | { kind: "time"; seconds: number }
  | { kind: "toggle"; proxy: number; hostile: boolean };

// One invalid value each (reserve 0, duration 899), picked uniformly by index.
const RESERVES = [1n, 997n, 10n ** 15n + 7n, 10n ** 18n + 1n, 3n * 10n ** 17n, 0n];
const DURATIONS = [900n, 3_600n, 86_400n, 900n, 3_600n, 899n];
const indexArb = (list: readonly unknown[]) => fc.constantFrom(...list.map((_, i) => i));
const MAX_BID = 50n * 10n ** 18n;
const FEES = [0n, 1n, 250n, 1_000n];

const createArb: fc.Arbitrary<Action> = fc.record({
  kind: fc.constant("create" as const),
  token: fc.nat(5),
  asOwner: fc.nat(3),
  actor: fc.nat(6),
  reserve: indexArb(RESERVES),
  duration: indexArb(DURATIONS),
});

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: createArb },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant("bid" as const), auction: fc.nat(7), actor: fc.nat(6), amount: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cancel" as const), auction: fc.nat(7), asSeller: fc.nat(3), actor: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("setReserve" as const), auction: fc.nat(7), asSeller: fc.nat(3), actor: fc.nat(6), reserve: indexArb(RESERVES) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("settle" as const), auction: fc.nat(7), actor: fc.nat(6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("endAndSettle" as const), auction: fc.nat(7), actor: fc.nat(6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("withdraw" as const), target: fc.nat(3), self: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("splitWithdraw" as const), splitter: fc.nat(7), account: fc.nat(9), caller: fc.nat(6) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("distribute" as const), splitter: fc.nat(7) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("time" as const), seconds: fc.constantFrom(1, 60, 899, 900, 3_599, 3_600, 3_601, 86_401, 86_401) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("toggle" as const), proxy: fc.nat(1), hostile: fc.boolean() }) },
);

type Sequence = { fee: number; feeRecipient: number; actions: Action[] };

const sequenceArb: fc.Arbitrary<Sequence> = fc.record({
  fee: fc.nat(FEES.length - 1),
  feeRecipient: fc.nat(2),
  // size "max": lengths spread over the whole range instead of clustering near the minimum.
  // The first action opens an auction, so sequences do not start on empty ground.
  actions: fc
    .tuple(createArb, fc.array(actionArb, { minLength: 4, maxLength: 24, size: "max" }))
    .map(([first, rest]) => [first, ...rest]),
});

describe("AuctionHouse + RoyaltySplitter under random action sequences", () => {
  let p: Protocol;
  let house: Contract;
  let artwork: Contract;
  let rev: Contract;
  let burn: Contract;
  let actors: Actor[];
  let revActor: Actor;
  let burnActor: Actor;
  let tokens: TokenInfo[];
  let initialOwners: Addr[];
  let splits: Map<Addr, SplitEntry[]>;
  let splitterContracts: Map<Addr, Contract>;
  let tracked: Addr[];
  let lens: Contract;
  let snapshot: string;
  let outerSnapshot: string;
  const revertCounts = new Map<string, number>();
  const stats = { runs: 0, steps: 0, reverted: 0, created: 0, bids: 0, settled: 0, resales: 0, drainSettled: 0, deferred: 0, ms: 0 };

  beforeAll(async () => {
    outerSnapshot = await rpc<string>("evm_snapshot");
    // From here every block has base fee 0, so zero-gas-price transactions are accepted.
    await rpc("hardhat_setNextBlockBaseFeePerGas", ["0x0"]);
    await rpc("evm_mine");
    p = await deployProtocol({ feeBps: 250 });
    house = p.house as unknown as Contract;
    artwork = p.artwork as unknown as Contract;
    const s = p.signers;
    const [driverRev, driverBurn] = [s[8], s[9]];
    lens = (await (await ethers.getContractFactory("PropertyLens")).deploy()) as unknown as Contract;
    rev = (await (await ethers.getContractFactory("PropertyRevertingBidder")).deploy()) as unknown as Contract;
    burn = (await (await ethers.getContractFactory("PropertyGasBurner")).deploy()) as unknown as Contract;
    await rev.waitForDeployment();
    await burn.waitForDeployment();
    const revAddr = await rev.getAddress();
    const burnAddr = await burn.getAddress();
    revActor = proxyActor("reverting", rev, revAddr, driverRev);
    burnActor = proxyActor("gasBurner", burn, burnAddr, driverBurn);
    actors = [
      eoa("contributor", p.contributor),
      eoa("alice", p.alice),
      eoa("bob", p.bob),
      eoa("carol", p.carol),
      eoa("dave", p.dave),
      revActor,
      burnActor,
    ];
    // Every possible owner lets the house move its tokens once, for the whole run.
    for (const a of actors) {
      const r = await a.call(artwork, "setApprovalForAll", [await house.getAddress(), true]);
      expect(r.ok).toBe(true);
    }

    const share = (account: string, role: string, bps: number): Share => ({ account, role: roleId(role), bps });
    const mints: { to: string; contributor: string; royaltyBps: number; shares: Share[] }[] = [
      // A: the default 3-way split, owned by its contributor.
      { to: p.contributor.address, contributor: p.contributor.address, royaltyBps: 1_000, shares: [share(p.contributor.address, "prompter", 7_000), share(p.trainer.address, "trainer", 2_000), share(p.platform.address, "platform", 1_000)] },
      // B: hostile accounts inside the split, a 1 bps entry, the highest royalty.
      { to: p.contributor.address, contributor: p.contributor.address, royaltyBps: 2_500, shares: [share(p.contributor.address, "prompter", 5_000), share(revAddr, "curator", 3_000), share(burnAddr, "model-author", 1_999), share(p.trainer.address, "trainer", 1)] },
      // C: alice's own work, thirds that leave dust, no resale royalty.
      { to: p.alice.address, contributor: p.alice.address, royaltyBps: 0, shares: [share(p.alice.address, "prompter", 3_333), share(p.bob.address, "curator", 3_333), share(p.carol.address, "trainer", 3_334)] },
      // D: one account under two roles.
      { to: p.contributor.address, contributor: p.contributor.address, royaltyBps: 777, shares: [share(p.dave.address, "curator", 6_000), share(p.dave.address, "model-author", 4_000)] },
      // E: minted straight to the reverting actor: every sale of it is a resale by a hostile seller.
      { to: revAddr, contributor: p.contributor.address, royaltyBps: 1_000, shares: [share(p.contributor.address, "prompter", 7_000), share(p.trainer.address, "trainer", 2_000), share(p.platform.address, "platform", 1_000)] },
      // F: minted to the gas burner, split between the contributor and a 1 bps curator.
      { to: burnAddr, contributor: p.contributor.address, royaltyBps: 2_500, shares: [share(p.contributor.address, "prompter", 9_999), share(p.carol.address, "curator", 1)] },
    ];
    tokens = [];
    initialOwners = [];
    splits = new Map();
    splitterContracts = new Map();
    for (const m of mints) {
      const shares = sortShares(m.shares);
      const { tokenId, splitter } = await mintWork(p, { to: m.to, contributor: m.contributor, royaltyBps: m.royaltyBps, shares });
      tokens.push({ tokenId, contributor: key(m.contributor), splitter: key(splitter), royaltyBps: BigInt(m.royaltyBps) });
      initialOwners.push(key(m.to));
      splits.set(key(splitter), shares.map((x) => ({ account: key(x.account), bps: BigInt(x.bps) })));
      splitterContracts.set(key(splitter), (await ethers.getContractAt("RoyaltySplitter", splitter)) as unknown as Contract);
    }
    const coinbase = await rpc<string>("eth_coinbase");
    tracked = [
      ...new Set(
        [
          ...s.slice(0, 14).map((x) => x.address),
          await house.getAddress(),
          await artwork.getAddress(),
          await p.splitterImpl.getAddress(),
          revAddr,
          burnAddr,
          ...splits.keys(),
          coinbase,
        ].map(key),
      ),
    ];
    await rpc("hardhat_setNextBlockBaseFeePerGas", ["0x0"]);
    await rpc("evm_mine");
    snapshot = await rpc<string>("evm_snapshot");
  });

  afterAll(async () => {
    // Leave the chain as we found it (the coverage run shares one chain between files).
    if (outerSnapshot) await rpc("evm_revert", [outerSnapshot]);
    if (stats.runs > 0) {
      console.log(
        `auction sequences: ${stats.runs} runs, ${stats.steps} actions in ${(stats.ms / 1000).toFixed(1)} s: ` +
          `${stats.created} auctions, ${stats.bids} bids, ${stats.settled} settlements in sequence ` +
          `(${stats.resales} resales) + ` +
          `${stats.drainSettled} at the end, ${stats.reverted} predicted reverts, ` +
          `${stats.deferred} runs ending with deferred payments`,
      );
      console.log(`predicted reverts by error: ${JSON.stringify(Object.fromEntries([...revertCounts].sort((a, b) => b[1] - a[1])))}`);
    }
  });

  async function balancesOf(addrs: readonly Addr[]): Promise<bigint[]> {
    return Promise.all(addrs.map((a) => ethers.provider.getBalance(a)));
  }

  async function runSequence(seq: Sequence) {
    const started = Date.now();
    await rpc("evm_revert", [snapshot]);
    snapshot = await rpc<string>("evm_snapshot");
    await rpc("hardhat_setNextBlockBaseFeePerGas", ["0x0"]);
    const latest = await ethers.provider.getBlock("latest");
    let time = BigInt(latest!.timestamp);
    const nextTime = async () => {
      time += 1n;
      model.time = time;
      await rpc("evm_setNextBlockTimestamp", [Number(time)]);
      return time;
    };

    const owner = eoa("owner", p.owner);
    const feeRecipient = [key(p.platform.address), revActor.addr, burnActor.addr][seq.feeRecipient];
    const feeBps = FEES[seq.fee];
    // The model has not been built yet; bump time by hand for this one transaction.
    time += 1n;
    await rpc("evm_setNextBlockTimestamp", [Number(time)]);
    expect((await owner.call(house, "setPlatformFee", [feeRecipient, feeBps])).ok).toBe(true);

    const initial = await balancesOf(tracked);
    const initialByAddr = new Map(tracked.map((a, i) => [a, initial[i]] as const));
    const total0 = initial.reduce((x, y) => x + y, 0n);
    expect(initialByAddr.get(key(await house.getAddress()))).toBe(0n);
    const entityOf = (a: Addr) =>
      a === revActor.addr || a === revActor.payer ? "reverting" : a === burnActor.addr || a === burnActor.payer ? "gasBurner" : a;
    const model = new AuctionModel(
      key(await house.getAddress()),
      key(await artwork.getAddress()),
      tokens,
      initialOwners,
      initialByAddr,
      splits,
      [revActor.addr, burnActor.addr],
      entityOf,
      time,
      feeRecipient,
    );
    model.feeBps = feeBps;
    const splitterList = [...splits.keys()];
    const pendingWatch = [...new Set([...actors.map((a) => a.addr), key(p.platform.address), key(p.trainer.address), ...splitterList])];

    // The lens reads the same accounts after every step: encode the call once.
    const lensCall = lens.interface.encodeFunctionData("read", [tracked, model.house, pendingWatch, model.nft, tokens.map((t) => t.tokenId)]);

    /** Sends the action and compares its outcome with the model's prediction. */
    async function perform(label: string, outcome: Outcome, send: () => Promise<TxResult>, iface: Contract) {
      const result = await send();
      if ("revert" in outcome) {
        expect(result.ok, `${label}: expected ${outcome.revert.name}`).toBe(false);
        const parsed = iface.interface.parseError((result as { data: string }).data);
        expect(parsed?.name, `${label}: ${(result as { message: string }).message}`).toBe(outcome.revert.name);
        expect(normalise([...parsed!.args]), label).toEqual(normalise(outcome.revert.args));
        stats.reverted += 1;
        revertCounts.set(outcome.revert.name, (revertCounts.get(outcome.revert.name) ?? 0) + 1);
      } else {
        expect(result.ok, `${label}: unexpected revert ${(result as { message?: string }).message}`).toBe(true);
        outcome.commit();
      }
    }

    async function checkInvariants(label: string) {
      // One eth_call reads every balance, deferred payment and owner at once.
      const raw = await rpc<string>("eth_call", [{ to: lens.target, data: lensCall }, "latest"]);
      const [balances, pendings, owners] = lens.interface.decodeFunctionResult("read", raw) as unknown as [bigint[], bigint[], string[]];
      // 1. ETH is conserved exactly across every tracked account and contract.
      expect(balances.reduce((x, y) => x + y, 0n), `${label}: total ETH`).toBe(total0);
      // 2. Every balance is exactly what the model predicts.
      tracked.forEach((a, i) => expect(balances[i], `${label}: balance of ${a}`).toBe(model.balance(a)));
      // 3. The house holds exactly the live bids plus the deferred payments.
      expect(balances[tracked.indexOf(model.house)], `${label}: house`).toBe(model.houseOwes());
      pendingWatch.forEach((a, i) => expect(pendings[i], `${label}: pending of ${a}`).toBe(model.pendingOf(a)));
      // 4. No token sits in the house without a live auction; every owner is as modelled.
      const inAuction = new Set(model.auctions.filter((a) => a.live).map((a) => a.token));
      owners.forEach((o, i) => {
        expect(key(o), `${label}: owner of token ${i}`).toBe(model.owners[i]);
        if (!inAuction.has(i)) expect(key(o), `${label}: token ${i} stuck in the house`).not.toBe(model.house);
      });
      for (const a of model.auctions.filter((x) => x.live)) {
        const onChain = await house.auctionOf(a.id);
        expect(normalise([onChain.seller, onChain.bidder, onChain.amount, onChain.endTime, onChain.reserve]), `${label}: auction ${a.id}`).toEqual(
          normalise([a.seller, a.bidder ?? ethers.ZeroAddress, a.amount, a.endTime, a.reserve]),
        );
      }
    }

    const pickAuction = (n: number): bigint => {
      if (model.auctions.length === 0) return BigInt(n + 1);
      const live = model.auctions.filter((a) => a.live);
      if (live.length > 0 && n < 5) return live[n % live.length].id;
      return model.auctions[n % model.auctions.length].id;
    };
    const actorByAddr = (a: Addr) => actors.find((x) => x.addr === a);

    async function step(action: Action, label: string) {
      switch (action.kind) {
        case "create": {
          // Mostly the owner of a token that is not in an auction, sometimes anyone at all.
          const free = tokens.map((_, i) => i).filter((i) => model.owners[i] !== model.house);
          const token = action.asOwner > 0 && free.length > 0 ? free[action.token % free.length] : action.token;
          const ownerActor = actorByAddr(model.owners[token]);
          const who = action.asOwner > 0 && ownerActor ? ownerActor : actors[action.actor];
          const reserve = RESERVES[action.reserve];
          const duration = DURATIONS[action.duration];
          await nextTime();
          const outcome = model.create(who.addr, token, reserve, duration);
          if ("commit" in outcome) stats.created += 1;
          return perform(label, outcome, () => who.call(house, "createAuction", [model.nft, tokens[token].tokenId, reserve, duration]), house);
        }
        case "bid": {
          const id = pickAuction(action.auction);
          const who = actors[action.actor];
          const a = model.liveAuction(id);
          const min = a ? (a.bidder === null ? a.reserve : nextMinimum(a.amount)) : 10n ** 15n;
          let value = [min - 1n, min, min + 1n, min * 2n, min + min / 3n, min * 7n][action.amount];
          if (value > MAX_BID) value = min;
          const t = await nextTime();
          const outcome = model.bid(who.addr, who.payer, id, value, t);
          if ("commit" in outcome) stats.bids += 1;
          return perform(label, outcome, () => who.call(house, "placeBid", [id], value), house);
        }
        case "cancel": {
          const id = pickAuction(action.auction);
          const seller = model.auction(id) && actorByAddr(model.auction(id)!.seller);
          const who = action.asSeller > 0 && seller ? seller : actors[action.actor];
          await nextTime();
          return perform(label, model.cancel(who.addr, id), () => who.call(house, "cancelAuction", [id]), house);
        }
        case "setReserve": {
          const id = pickAuction(action.auction);
          const seller = model.auction(id) && actorByAddr(model.auction(id)!.seller);
          const who = action.asSeller > 0 && seller ? seller : actors[action.actor];
          const reserve = RESERVES[action.reserve];
          await nextTime();
          return perform(label, model.setReserve(who.addr, id, reserve), () => who.call(house, "setReserve", [id, reserve]), house);
        }
        case "settle":
        case "endAndSettle": {
          const id = pickAuction(action.auction);
          const end = model.liveAuction(id)?.endTime ?? 0n;
          if (action.kind === "endAndSettle" && end > time) time = end - 1n;
          const who = actors[action.actor];
          const t = await nextTime();
          const outcome = model.settle(id, t);
          if ("commit" in outcome) {
            stats.settled += 1;
            if (!model.auction(id)!.primary) stats.resales += 1;
          }
          return perform(label, outcome, () => who.call(house, "settle", [id]), house);
        }
        case "withdraw": {
          const target = [revActor, burnActor, actors[1], eoa("platform", p.platform)][action.target];
          await nextTime();
          const outcome = model.withdraw(target.addr);
          if (action.self) return perform(label, outcome, () => target.call(house, "withdraw", []), house);
          return perform(label, outcome, () => actors[4].call(house, "withdrawFor", [target.addr]), house);
        }
        case "splitWithdraw": {
          const splitter = splitterList[action.splitter % splitterList.length];
          const accounts = [...new Set(splits.get(splitter)!.map((e) => e.account)), key(p.bob.address)];
          const account = accounts[action.account % accounts.length];
          const c = splitterContracts.get(splitter)!;
          await nextTime();
          return perform(label, model.splitterWithdraw(splitter, account), () => actors[action.caller].call(c, "withdraw", [ETH, account]), c);
        }
        case "distribute": {
          const splitter = splitterList[action.splitter % splitterList.length];
          const c = splitterContracts.get(splitter)!;
          await nextTime();
          return perform(label, { commit: () => model.distribute(splitter) }, () => actors[1].call(c, "distribute", [ETH]), c);
        }
        case "time": {
          // No transaction: the next one is mined this much later.
          time += BigInt(action.seconds);
          model.time = time;
          return;
        }
        case "toggle": {
          const target = action.proxy === 0 ? rev : burn;
          const addr = action.proxy === 0 ? revActor.addr : burnActor.addr;
          const driver = action.proxy === 0 ? p.signers[8] : p.signers[9];
          await nextTime();
          return perform(label, { commit: () => void model.hostile.set(addr, action.hostile) }, () => sendTx(driver, target, "setHostile", [action.hostile]), target);
        }
      }
    }

    for (const [i, action] of seq.actions.entries()) {
      const label = `step ${i} ${JSON.stringify(action)}`;
      await step(action, label);
      await checkInvariants(label);
      stats.steps += 1;
    }

    // Splitter views agree with the model before the drain.
    for (const [splitter, entries] of splits) {
      for (const acct of new Set(entries.map((e) => e.account))) {
        expect(await splitterContracts.get(splitter)!.owed(ETH, acct), `owed ${acct} from ${splitter}`).toBe(model.owed(splitter, acct));
      }
    }
    if ([...model.pending.values()].some((v) => v > 0n)) stats.deferred += 1;

    // Drain: hostile actors relent, every auction closes, every credit is pulled.
    for (const [i, c] of [rev, burn].entries()) {
      const addr = i === 0 ? revActor.addr : burnActor.addr;
      await nextTime();
      await perform("drain toggle", { commit: () => void model.hostile.set(addr, false) }, () => sendTx(p.signers[8 + i], c, "setHostile", [false]), c);
    }
    const lastEnd = model.auctions.reduce((m, a) => (a.live && a.endTime > m ? a.endTime : m), 0n);
    if (lastEnd > time) time = lastEnd;
    for (const a of model.auctions.filter((x) => x.live)) {
      await nextTime();
      if (a.bidder !== null) {
        stats.drainSettled += 1;
        await perform(`drain settle ${a.id}`, model.settle(a.id, time), () => owner.call(house, "settle", [a.id]), house);
      } else {
        const seller = actorByAddr(a.seller)!;
        await perform(`drain cancel ${a.id}`, model.cancel(seller.addr, a.id), () => seller.call(house, "cancelAuction", [a.id]), house);
      }
    }
    for (const [acct, v] of [...model.pending]) {
      if (v === 0n) continue;
      await nextTime();
      await perform(`drain withdrawFor ${acct}`, model.withdraw(acct), () => owner.call(house, "withdrawFor", [acct]), house);
    }
    for (const [splitter, entries] of splits) {
      for (const acct of new Set(entries.map((e) => e.account))) {
        if (model.owed(splitter, acct) === 0n) continue;
        await nextTime();
        const c = splitterContracts.get(splitter)!;
        await perform(`drain split ${acct}`, model.splitterWithdraw(splitter, acct), () => owner.call(c, "withdraw", [ETH, acct]), c);
      }
    }
    await checkInvariants("after drain");

    const final = await balancesOf(tracked);
    expect(final[tracked.indexOf(model.house)], "house keeps nothing").toBe(0n);
    for (const s of splitterList) expect(final[tracked.indexOf(s)], `splitter ${s} keeps nothing`).toBe(0n);
    // Every entity ends with exactly: minus what it paid for what it won, plus what it earned.
    // A bidder that never won gets back every wei of every bid, hostile or not.
    const change = new Map<string, bigint>();
    tracked.forEach((a, i) => change.set(entityOf(a), (change.get(entityOf(a)) ?? 0n) + final[i] - initial[i]));
    for (const [entity, delta] of change) {
      if (entity === model.house || splitterList.includes(entity)) continue;
      expect(delta, `net change of ${entity}`).toBe(model.ledger.get(entity) ?? 0n);
    }
    stats.runs += 1;
    stats.ms += Date.now() - started;
  }

  it(
    `conserves ETH, traps no token and refunds every outbid wei (${AUCTION_RUNS} sequences)`,
    async () => {
      await fc.assert(fc.asyncProperty(sequenceArb, runSequence), { numRuns: AUCTION_RUNS });
    },
    3_600_000,
  );
});

/* ====================================================================== splitter arithmetic */

type SplitStep = { kind: "deposit"; amount: bigint } | { kind: "withdraw"; entry: number } | { kind: "distribute" };

const splitArb = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    entries: fc.uniqueArray(fc.record({ account: fc.nat(7), role: fc.nat(2) }), {
      minLength: n,
      maxLength: n,
      selector: (e) => `${e.account}/${e.role}`,
    }),
    // n - 1 distinct cut points in (0, 10,000) give n positive bps summing to 10,000.
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: n - 1, maxLength: n - 1 }),
    perDeposit: fc.boolean(),
    steps: fc.array(
      fc.oneof(
        { weight: 4, arbitrary: fc.record({ kind: fc.constant("deposit" as const), amount: fc.oneof(fc.bigInt(0n, 10_000n), fc.bigInt(1n, 10n ** 21n)) }) },
        { weight: 3, arbitrary: fc.record({ kind: fc.constant("withdraw" as const), entry: fc.nat(7) }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant("distribute" as const) }) },
      ),
      { minLength: 1, maxLength: 20 },
    ),
  }),
);

describe("RoyaltySplitter arithmetic", () => {
  let p: Protocol;
  let snapshot: string;
  let outerSnapshot: string;
  let ms = 0;
  let runs = 0;

  beforeAll(async () => {
    outerSnapshot = await rpc<string>("evm_snapshot");
    p = await deployProtocol();
    await rpc("hardhat_setNextBlockBaseFeePerGas", ["0x0"]);
    await rpc("evm_mine");
    snapshot = await rpc<string>("evm_snapshot");
  });

  afterAll(async () => {
    if (outerSnapshot) await rpc("evm_revert", [outerSnapshot]);
    if (runs > 0) console.log(`splitter arithmetic: ${runs} runs in ${(ms / 1000).toFixed(1)} s`);
  });

  it(
    `pays out exactly what came in, by floor shares plus first-entry dust (${SPLITTER_RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(splitArb, async ({ entries, cuts, perDeposit, steps }) => {
          const started = Date.now();
          await rpc("evm_revert", [snapshot]);
          snapshot = await rpc<string>("evm_snapshot");
          await rpc("hardhat_setNextBlockBaseFeePerGas", ["0x0"]);
          const pool = p.signers.slice(4, 12);
          const depositor = p.signers[12];
          const caller = p.signers[13];
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
          const shares = sortShares(
            entries.map((e, i) => ({ account: pool[e.account].address, role: roleId(["prompter", "trainer", "curator"][e.role]), bps: bounds[i + 1] - bounds[i] })),
          );
          const { splitter } = await mintWork(p, { shares });
          const c = (await ethers.getContractAt("RoyaltySplitter", splitter)) as unknown as Contract;
          const split: SplitEntry[] = shares.map((s) => ({ account: key(s.account), bps: BigInt(s.bps) }));
          const accounts = [...new Set(split.map((s) => s.account))];
          const before = await Promise.all(accounts.map((a) => ethers.provider.getBalance(a)));

          // Step-wise model: income is divided when withdraw or distribute runs.
          let held = 0n;
          let balance = 0n;
          let deposited = 0n;
          const credit = new Map<Addr, bigint>();
          const paid = new Map<Addr, bigint>();
          const divideNow = () => {
            const income = balance - held;
            if (income === 0n) return;
            for (const [a, part] of divide(income, split)) credit.set(a, (credit.get(a) ?? 0n) + part);
            held = balance;
          };
          // Independent closed form for per-deposit division: sum of floors, dust to entry 0.
          const expectedPerDeposit = new Map<Addr, bigint>();
          const addClosedForm = (d: bigint) => {
            let given = 0n;
            for (const s of split) {
              const part = (d * s.bps) / 10_000n;
              given += part;
              expectedPerDeposit.set(s.account, (expectedPerDeposit.get(s.account) ?? 0n) + part);
            }
            expectedPerDeposit.set(split[0].account, (expectedPerDeposit.get(split[0].account) ?? 0n) + d - given);
          };

          const withdrawOne = async (account: Addr, label: string) => {
            const pendingCredit = new Map(credit);
            const income = balance - held;
            if (income > 0n) for (const [a, part] of divide(income, split)) pendingCredit.set(a, (pendingCredit.get(a) ?? 0n) + part);
            const amount = pendingCredit.get(account) ?? 0n;
            const r = await sendTx(caller, c, "withdraw", [ETH, account]);
            if (amount === 0n) {
              // The division inside a reverted withdraw is rolled back with it.
              expect(r.ok, label).toBe(false);
              const parsed = c.interface.parseError((r as { data: string }).data);
              expect(parsed?.name, label).toBe("RoyaltySplitterNothingOwed");
              expect(normalise([...parsed!.args]), label).toEqual(normalise([ETH, account]));
              return;
            }
            expect(r.ok, label).toBe(true);
            divideNow();
            credit.set(account, 0n);
            held -= amount;
            balance -= amount;
            paid.set(account, (paid.get(account) ?? 0n) + amount);
          };

          const check = async (label: string) => {
            expect(await ethers.provider.getBalance(splitter), `${label}: splitter balance`).toBe(balance);
            const owed = await Promise.all(accounts.map((a) => c.owed(ETH, a) as Promise<bigint>));
            const income = balance - held;
            const view = new Map(credit);
            if (income > 0n) for (const [a, part] of divide(income, split)) view.set(a, (view.get(a) ?? 0n) + part);
            accounts.forEach((a, i) => expect(owed[i], `${label}: owed to ${a}`).toBe(view.get(a) ?? 0n));
          };

          for (const [i, st] of steps.entries()) {
            const label = `step ${i} ${JSON.stringify(st, (_k, v) => (typeof v === "bigint" ? v.toString() : v))}`;
            if (st.kind === "deposit") {
              const tx = await depositor.sendTransaction({ to: splitter, value: st.amount, gasPrice: 0, gasLimit: 200_000 });
              await tx.wait();
              balance += st.amount;
              deposited += st.amount;
              addClosedForm(st.amount);
              if (perDeposit) {
                expect((await sendTx(caller, c, "distribute", [ETH])).ok, label).toBe(true);
                divideNow();
              }
            } else if (st.kind === "withdraw") {
              await withdrawOne(split[st.entry % split.length].account, label);
            } else {
              expect((await sendTx(caller, c, "distribute", [ETH])).ok, label).toBe(true);
              divideNow();
            }
            await check(label);
          }
          // Everyone withdraws what is left.
          for (const a of accounts) {
            const income = balance - held;
            const left = (credit.get(a) ?? 0n) + (income > 0n ? divide(income, split).get(a) ?? 0n : 0n);
            if (left > 0n) await withdrawOne(a, `final withdraw ${a}`);
          }
          await check("end");

          const after = await Promise.all(accounts.map((a) => ethers.provider.getBalance(a)));
          let withdrawn = 0n;
          accounts.forEach((a, i) => {
            const got = after[i] - before[i];
            expect(got, `received by ${a}`).toBe(paid.get(a) ?? 0n);
            withdrawn += got;
            if (perDeposit) expect(got, `closed form for ${a}`).toBe(expectedPerDeposit.get(a) ?? 0n);
          });
          expect(withdrawn, "total withdrawn").toBe(deposited);
          expect(await ethers.provider.getBalance(splitter), "splitter ends empty").toBe(0n);
          runs += 1;
          ms += Date.now() - started;
        }),
        { numRuns: SPLITTER_RUNS },
      );
    },
    3_600_000,
  );
});
