import { formatEther, parseEther } from "ethers";

/**
 * Wei as ETH for people, exact (a minimum bid must not be shown rounded down), trailing
 * zeros dropped: "0.0125 ETH", "2 ETH".
 */
export function formatEth(wei: string | bigint): string {
  return `${formatEther(BigInt(wei)).replace(/\.0$/, "")} ETH`;
}

/**
 * An amount a person typed in ETH ("0.5", "1", ".25") as wei, or null when it is not a
 * positive amount with at most 18 decimals.
 */
export function parseEthInput(text: string): bigint | null {
  const trimmed = text.trim().replace(/^\./, "0.");
  if (!/^\d+(\.\d{1,18})?$/.test(trimmed)) return null;
  const wei = parseEther(trimmed);
  return wei > 0n ? wei : null;
}

/** An address shortened for display: 0x1234…abcd. */
export function shortAddress(address: string): string {
  return address.length === 42 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}
