import { getAddress } from "ethers";
import { LOCAL_CHAIN_ID } from "./local-chain-constants";

/**
 * The 20 accounts of Hardhat's public dev mnemonic (DEV_MNEMONIC, m/44'/60'/0'/0/0..19).
 * Their private keys are printed by every `hardhat node`, so whatever they hold or sign is
 * anyone's. Listed rather than derived (a derivation costs ~70 ms); a test re-derives them.
 */
export const DEV_ACCOUNT_ADDRESSES: readonly string[] = [
  "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
  "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
  "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
  "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
  "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
  "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
  "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f",
  "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
  "0xBcd4042DE499D14e55001CcbB24a551F3b954096",
  "0x71bE63f3384f5fb98995898A86B02Fb2426c5788",
  "0xFABB0ac9d68B0B445fB7357272Ff202C5651694a",
  "0x1CBd3b2770909D4e10f157cABC84C7264073C9Ec",
  "0xdF3e18d64BC6A983f673Ab319CCaE4f1a57C7097",
  "0xcd3B766CCDd6AE721141F452C550Ca635964ce71",
  "0x2546BcD3c84621e976D8185a91A922aE77ECEc30",
  "0xbDA5747bFD65F08deb54cb465eB87D40e51B197E",
  "0xdD2FD4581271e230360230F9337D5c0430Bf44C0",
  "0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199",
];

/**
 * Accounts whose keys this repository once published: the built-in models' former trainer
 * (its phrase was in inference/builtin-trainer.ts and stays in the history). Treated like
 * the dev accounts.
 */
export const PUBLISHED_KEY_ADDRESSES: readonly string[] = ["0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a"];

const DEV_ACCOUNTS = new Set(DEV_ACCOUNT_ADDRESSES.map((address) => address.toLowerCase()));
const PUBLISHED = new Set(PUBLISHED_KEY_ADDRESSES.map((address) => address.toLowerCase()));

/** True when `address` is one of Hardhat's public dev accounts, or a key this repository published (any spelling). */
export function isDevAccount(address: string): boolean {
  return DEV_ACCOUNTS.has(address.toLowerCase()) || PUBLISHED.has(address.toLowerCase());
}

/**
 * Why `address` may not act on chain `chainId`, or null when it may: a public dev account
 * may sign a card, attest or receive a share only on the local dev chain.
 */
export function devAccountRefusal(address: string, chainId: number | bigint): string | null {
  if (Number(chainId) === LOCAL_CHAIN_ID || !isDevAccount(address)) return null;
  if (PUBLISHED.has(address.toLowerCase())) {
    return (
      `${getAddress(address)} is the built-in models' former trainer, whose key this repository published; ` +
      `it is allowed only on the local dev chain (id ${LOCAL_CHAIN_ID}), not on chain ${chainId}`
    );
  }
  return (
    `${getAddress(address)} is a public Hardhat dev account (its key is printed by every \`hardhat node\`); ` +
    `it is allowed only on the local dev chain (id ${LOCAL_CHAIN_ID}), not on chain ${chainId}`
  );
}
