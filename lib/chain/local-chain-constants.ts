/**
 * Fixed parameters of the embedded local chain. They match `npx hardhat node`, so wallets,
 * tutorials and the contract tests all see the same accounts and chain id.
 */

/** Hardhat's chain id; `deployments/31337.json` belongs to the local chain. */
export const LOCAL_CHAIN_ID = 31337;

/**
 * Hardhat's public dev mnemonic. Its keys are known to everyone, which is why the node only
 * listens on loopback.
 */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";

/** Number of unlocked dev accounts derived from {@link DEV_MNEMONIC} (m/44'/60'/0'/0/i). */
export const DEV_ACCOUNT_COUNT = 20;

/** Starting balance of each dev account, in wei (10,000 ETH). */
export const DEV_ACCOUNT_BALANCE_WEI = 10_000n * 10n ** 18n;

/** Journal file name inside `<dataDir>/chain/`. */
export const JOURNAL_FILE_NAME = "journal.ndjson";

/** Lock file name inside `<dataDir>/chain/`: holds the pid of the process serving it. */
export const LOCK_FILE_NAME = "node.lock";
