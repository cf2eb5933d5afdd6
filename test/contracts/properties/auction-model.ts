/**
 * Reference model of AuctionHouse + RoyaltySplitter money flows for the property tests.
 *
 * Written from the contracts' documented rules, not from their code paths: every action first
 * asks the model for its outcome (an exact custom error, or a commit that applies the effects),
 * the test sends the transaction, and then compares the chain with the model wei for wei.
 * Time is part of the model: every transaction is mined at `time + 1` (evm_setNextBlockTimestamp),
 * so end times, extensions and "ended" checks are predicted exactly.
 */

/** Lower-case hex address; all model maps key on it. */
export type Addr = string;

export const key = (a: string): Addr => a.toLowerCase();

/** An expected revert: custom error name and its arguments. */
export interface ExpectedRevert {
  name: string;
  args: unknown[];
}

/** What the model predicts for one action. */
export type Outcome = { revert: ExpectedRevert } | { commit: () => void };

/** A split entry as the splitter stores it (canonical order; entry 0 takes the dust). */
export interface SplitEntry {
  account: Addr;
  bps: bigint;
}

/** A token minted before the sequences start. */
export interface TokenInfo {
  tokenId: bigint;
  contributor: Addr;
  splitter: Addr;
  royaltyBps: bigint;
}

export interface AuctionState {
  id: bigint;
  token: number;
  seller: Addr;
  reserve: bigint;
  duration: bigint;
  endTime: bigint;
  bidder: Addr | null;
  amount: bigint;
  primary: boolean;
  live: boolean;
}

export interface SplitterState {
  entries: SplitEntry[];
  /** Sum of credits not yet withdrawn (the contract's `_held[ETH]`). */
  held: bigint;
  credit: Map<Addr, bigint>;
}

export const BPS = 10_000n;
export const MIN_INCREMENT_BPS = 1_000n;
export const EXTENSION_WINDOW = 900n;
export const MIN_DURATION = 900n;
export const MAX_DURATION = 30n * 86_400n;
export const MAX_ROYALTY_BPS = 5_000n;
export const UINT96_MAX = (1n << 96n) - 1n;

/** Lowest next bid after `amount`: +10%, and at least one wei more. */
export function nextMinimum(amount: bigint): bigint {
  const step = (amount * MIN_INCREMENT_BPS) / BPS;
  return amount + (step === 0n ? 1n : step);
}

/**
 * Divides `income` by `entries`: each entry gets floor(income * bps / 10,000) and entry 0 also
 * gets what the floors leave. Returns the credit per account.
 */
export function divide(income: bigint, entries: readonly SplitEntry[]): Map<Addr, bigint> {
  const out = new Map<Addr, bigint>();
  let given = 0n;
  for (const e of entries) {
    const part = (income * e.bps) / BPS;
    given += part;
    out.set(e.account, (out.get(e.account) ?? 0n) + part);
  }
  const first = entries[0].account;
  out.set(first, (out.get(first) ?? 0n) + (income - given));
  return out;
}

export class AuctionModel {
  time: bigint;
  feeBps = 0n;
  feeRecipient: Addr;
  readonly balances = new Map<Addr, bigint>();
  readonly pending = new Map<Addr, bigint>();
  readonly owners: Addr[];
  readonly auctions: AuctionState[] = [];
  /** Proxies (reverting / gas-burning actors) and whether they refuse ETH right now. */
  readonly hostile = new Map<Addr, boolean>();
  readonly splitters = new Map<Addr, SplitterState>();
  /**
   * Net entitlement per entity, built only from settlements: minus what it paid for tokens it
   * won, plus its fees, sale proceeds and splitter credits. Bids that lost are not in it: after
   * every payment is drained, each entity's balance change must equal exactly this.
   */
  readonly ledger = new Map<string, bigint>();

  constructor(
    readonly house: Addr,
    readonly nft: Addr,
    readonly tokens: readonly TokenInfo[],
    initialOwners: readonly Addr[],
    balances: ReadonlyMap<Addr, bigint>,
    splits: ReadonlyMap<Addr, SplitEntry[]>,
    proxies: readonly Addr[],
    /** Maps an address to the entity whose money it is (a proxy and its driver are one). */
    readonly entityOf: (a: Addr) => string,
    time: bigint,
    feeRecipient: Addr,
  ) {
    this.owners = [...initialOwners];
    for (const [a, b] of balances) this.balances.set(a, b);
    for (const [s, entries] of splits) this.splitters.set(s, { entries, held: 0n, credit: new Map() });
    for (const p of proxies) this.hostile.set(p, true);
    this.time = time;
    this.feeRecipient = feeRecipient;
  }

  /* ------------------------------------------------------------------ money primitives */

  balance(a: Addr): bigint {
    return this.balances.get(a) ?? 0n;
  }

  pendingOf(a: Addr): bigint {
    return this.pending.get(a) ?? 0n;
  }

  private move(from: Addr, to: Addr, amount: bigint) {
    if (amount === 0n) return;
    const b = this.balance(from);
    if (b < amount) throw new Error(`model: ${from} cannot pay ${amount}`);
    this.balances.set(from, b - amount);
    this.balances.set(to, this.balance(to) + amount);
  }

  /** Whether `to` accepts ETH now (EOAs and splitters always; proxies unless hostile). */
  accepts(to: Addr): boolean {
    return !(this.hostile.get(to) ?? false);
  }

  /** The house's push-or-credit: pushed when accepted, else credited to `pending`. */
  private pushOrCredit(to: Addr, amount: bigint) {
    if (amount === 0n) return;
    if (this.accepts(to)) this.move(this.house, to, amount);
    else this.pending.set(to, this.pendingOf(to) + amount);
  }

  private credit(entity: string, amount: bigint) {
    this.ledger.set(entity, (this.ledger.get(entity) ?? 0n) + amount);
  }

  /* ------------------------------------------------------------------ auction house */

  auction(id: bigint): AuctionState | undefined {
    return id >= 1n && id <= BigInt(this.auctions.length) ? this.auctions[Number(id) - 1] : undefined;
  }

  liveAuction(id: bigint): AuctionState | undefined {
    const a = this.auction(id);
    return a?.live ? a : undefined;
  }

  /** Token `token` is auctioned by `sender` at `t`. */
  create(sender: Addr, token: number, reserve: bigint, duration: bigint): Outcome {
    if (duration < MIN_DURATION || duration > MAX_DURATION) {
      return { revert: { name: "AuctionHouseInvalidDuration", args: [duration, MIN_DURATION, MAX_DURATION] } };
    }
    if (reserve === 0n || reserve > UINT96_MAX) return { revert: { name: "AuctionHouseInvalidReserve", args: [reserve] } };
    const info = this.tokens[token];
    if (this.owners[token] !== sender) {
      return { revert: { name: "AuctionHouseNotTokenOwner", args: [this.nft, info.tokenId, sender] } };
    }
    return {
      commit: () => {
        this.owners[token] = this.house;
        this.auctions.push({
          id: BigInt(this.auctions.length + 1),
          token,
          seller: sender,
          reserve,
          duration,
          endTime: 0n,
          bidder: null,
          amount: 0n,
          // Our Artwork is registered as a primary collection (deployProtocol does it).
          primary: info.contributor === sender,
          live: true,
        });
      },
    };
  }

  /** `sender` bids `value`, paid by `payer` (a proxy's driver pays for the proxy). */
  bid(sender: Addr, payer: Addr, id: bigint, value: bigint, t: bigint): Outcome {
    const a = this.liveAuction(id);
    if (!a) return { revert: { name: "AuctionHouseNoAuction", args: [id] } };
    if (a.seller === sender) return { revert: { name: "AuctionHouseSellerCannotBid", args: [id] } };
    let endTime: bigint;
    if (a.bidder === null) {
      if (value < a.reserve) return { revert: { name: "AuctionHouseBidBelowReserve", args: [id, a.reserve, value] } };
      endTime = t + a.duration;
    } else {
      endTime = a.endTime;
      if (t >= endTime) return { revert: { name: "AuctionHouseAuctionEnded", args: [id, endTime] } };
      const minimum = nextMinimum(a.amount);
      if (value < minimum) return { revert: { name: "AuctionHouseBidTooLow", args: [id, minimum, value] } };
      if (endTime - t < EXTENSION_WINDOW) endTime = t + EXTENSION_WINDOW;
    }
    return {
      commit: () => {
        const previous = a.bidder;
        const previousAmount = a.amount;
        this.move(payer, this.house, value);
        a.endTime = endTime;
        a.bidder = sender;
        a.amount = value;
        if (previous !== null) this.pushOrCredit(previous, previousAmount);
      },
    };
  }

  private beforeBids(sender: Addr, id: bigint): ExpectedRevert | AuctionState {
    const a = this.liveAuction(id);
    if (!a) return { name: "AuctionHouseNoAuction", args: [id] };
    if (a.seller !== sender) return { name: "AuctionHouseNotSeller", args: [id, sender] };
    if (a.bidder !== null) return { name: "AuctionHouseAlreadyStarted", args: [id] };
    return a;
  }

  cancel(sender: Addr, id: bigint): Outcome {
    const a = this.beforeBids(sender, id);
    if ("name" in a) return { revert: a };
    return {
      commit: () => {
        a.live = false;
        this.owners[a.token] = a.seller;
      },
    };
  }

  setReserve(sender: Addr, id: bigint, reserve: bigint): Outcome {
    const a = this.beforeBids(sender, id);
    if ("name" in a) return { revert: a };
    if (reserve === 0n || reserve > UINT96_MAX) return { revert: { name: "AuctionHouseInvalidReserve", args: [reserve] } };
    return { commit: () => void (a.reserve = reserve) };
  }

  settle(id: bigint, t: bigint): Outcome {
    const a = this.liveAuction(id);
    if (!a) return { revert: { name: "AuctionHouseNoAuction", args: [id] } };
    if (a.bidder === null) return { revert: { name: "AuctionHouseNotStarted", args: [id] } };
    if (t < a.endTime) return { revert: { name: "AuctionHouseNotEnded", args: [id, a.endTime] } };
    return {
      commit: () => {
        const info = this.tokens[a.token];
        const winner = a.bidder!;
        a.live = false;
        this.owners[a.token] = winner;
        const fee = (a.amount * this.feeBps) / BPS;
        const rest = a.amount - fee;
        // A Colophon token always names a splitter, so its royalty receiver is never zero.
        let royalty = (a.amount * info.royaltyBps) / BPS;
        if (a.primary) royalty = rest;
        else {
          // The house cuts any royalty claim to half the price, and to what the fee leaves.
          const cap = (a.amount * MAX_ROYALTY_BPS) / BPS;
          if (royalty > cap) royalty = cap;
          if (royalty > rest) royalty = rest;
        }
        const proceeds = rest - royalty;
        this.pushOrCredit(this.feeRecipient, fee);
        this.pushOrCredit(info.splitter, royalty);
        this.pushOrCredit(a.seller, proceeds);
        this.credit(this.entityOf(winner), -a.amount);
        this.credit(this.entityOf(this.feeRecipient), fee);
        this.credit(this.entityOf(a.seller), proceeds);
        // The royalty's owners are settled when the splitter divides it (see splitterWithdraw).
      },
    };
  }

  /** `account`'s deferred payments are pulled (withdraw() by itself or withdrawFor by anyone). */
  withdraw(account: Addr): Outcome {
    const amount = this.pendingOf(account);
    if (amount === 0n) return { revert: { name: "AuctionHouseNothingToWithdraw", args: [account] } };
    if (!this.accepts(account)) return { revert: { name: "AuctionHouseWithdrawFailed", args: [account, amount] } };
    return {
      commit: () => {
        this.pending.set(account, 0n);
        this.move(this.house, account, amount);
      },
    };
  }

  /* ------------------------------------------------------------------ splitters */

  /** The splitter's credits after dividing its new income (not applied). */
  private divided(splitter: Addr): Map<Addr, bigint> {
    const s = this.splitters.get(splitter)!;
    const credit = new Map(s.credit);
    const income = this.balance(splitter) - s.held;
    if (income > 0n) {
      for (const [acct, part] of divide(income, s.entries)) credit.set(acct, (credit.get(acct) ?? 0n) + part);
    }
    return credit;
  }

  /** What `owed(ETH, account)` should answer now. */
  owed(splitter: Addr, account: Addr): bigint {
    return this.divided(splitter).get(account) ?? 0n;
  }

  splitterWithdraw(splitter: Addr, account: Addr): Outcome {
    const s = this.splitters.get(splitter)!;
    if (!s.entries.some((e) => e.account === account)) {
      return { revert: { name: "RoyaltySplitterUnknownAccount", args: [account] } };
    }
    const credit = this.divided(splitter);
    const amount = credit.get(account) ?? 0n;
    const ETH = "0x0000000000000000000000000000000000000000";
    if (amount === 0n) return { revert: { name: "RoyaltySplitterNothingOwed", args: [ETH, account] } };
    if (!this.accepts(account)) {
      return { revert: { name: "RoyaltySplitterTransferFailed", args: [ETH, account, amount] } };
    }
    return {
      commit: () => {
        this.distribute(splitter);
        s.credit.set(account, 0n);
        s.held -= amount;
        this.move(splitter, account, amount);
      },
    };
  }

  /** Applies a division of the splitter's new income (distribute(), or inside withdraw). */
  distribute(splitter: Addr) {
    const s = this.splitters.get(splitter)!;
    const income = this.balance(splitter) - s.held;
    if (income === 0n) return;
    for (const [acct, part] of divide(income, s.entries)) {
      s.credit.set(acct, (s.credit.get(acct) ?? 0n) + part);
      this.credit(this.entityOf(acct), part);
    }
    s.held = this.balance(splitter);
  }

  /* ------------------------------------------------------------------ views for invariants */

  /** Wei the house must hold: live bids plus deferred payments. */
  houseOwes(): bigint {
    let sum = 0n;
    for (const a of this.auctions) if (a.live) sum += a.amount;
    for (const v of this.pending.values()) sum += v;
    return sum;
  }

  totalBalance(): bigint {
    let sum = 0n;
    for (const v of this.balances.values()) sum += v;
    return sum;
  }
}
