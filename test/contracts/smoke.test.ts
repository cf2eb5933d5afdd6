import { describe, it, expect } from "vitest";
import type { Contract } from "ethers";
import { deployProtocol, mintWork, ethers, increaseTime, findEvent } from "./fixtures";

describe("smoke", () => {
  it("mints, auctions and settles a first sale into the split", async () => {
    const p = await deployProtocol();
    const { tokenId, splitter } = await mintWork(p);
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.contributor.address);
    expect((await p.artwork.tokenURI(tokenId)).startsWith("ipfs://bafkrei")).toBe(true);
    await (await (p.artwork.connect(p.contributor) as Contract).approve(await p.house.getAddress(), tokenId)).wait();
    await (await (p.house.connect(p.contributor) as Contract).createAuction(await p.artwork.getAddress(), tokenId, ethers.parseEther("1"), 3600)).wait();
    await (await (p.house.connect(p.alice) as Contract).placeBid(1, { value: ethers.parseEther("1") })).wait();
    await (await (p.house.connect(p.bob) as Contract).placeBid(1, { value: ethers.parseEther("1.1") })).wait();
    await increaseTime(3601);
    const r = await (await p.house.settle(1)).wait();
    const ev = findEvent(r!.logs, p.house, "AuctionSettled");
    expect(ev.args.royaltyReceiver).toBe(splitter);
    expect(await ethers.provider.getBalance(splitter)).toBe(ethers.parseEther("1.1"));
    const s = await ethers.getContractAt("RoyaltySplitter", splitter);
    expect(await s.owed(ethers.ZeroAddress, p.trainer.address)).toBe(ethers.parseEther("0.22"));
  });
});
