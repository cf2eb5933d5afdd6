import { fileURLToPath } from "node:url";
import { resolveConfig } from "hardhat/internal/core/config/config-resolution";
import { createProvider } from "hardhat/internal/core/providers/construction";
import { normalizeHardhatNetworkAccountsConfig } from "hardhat/internal/core/providers/util";
import type { EIP1193Provider, HardhatNetworkConfig, HardhatUserConfig } from "hardhat/types";
import {
  DEV_ACCOUNT_BALANCE_WEI,
  DEV_ACCOUNT_COUNT,
  DEV_MNEMONIC,
  LOCAL_CHAIN_ID,
} from "./local-chain-constants";

export type CreateHardhatNetworkParameters = {
  /**
   * Timestamp of the genesis block, unix seconds. The genesis hash depends on it, so a
   * restart passes the one recorded in the journal header.
   */
  genesisTimestamp: number;
  /** Hardfork name; omitted means Hardhat's default, which the caller then records. */
  hardfork?: string;
};

export type CreateHardhatNetworkReturnType = {
  /** Hardhat Network in this process, with the same provider wrappers `hardhat node` uses. */
  provider: EIP1193Provider;
  /** The hardfork the network runs, resolved from Hardhat's defaults when not given. */
  hardfork: string;
};

/**
 * Creates a fresh in-memory Hardhat Network: chain id 31337, the 20 dev accounts of the
 * public mnemonic with 10,000 ETH each, automine on, no interval mining.
 *
 * It resolves a config of its own instead of loading hardhat.config.cjs, so it neither
 * depends on the working directory nor pulls in the compile and coverage plugins.
 */
export async function createHardhatNetwork({
  genesisTimestamp,
  hardfork,
}: CreateHardhatNetworkParameters): Promise<CreateHardhatNetworkReturnType> {
  const userConfig: HardhatUserConfig = {
    networks: {
      hardhat: {
        chainId: LOCAL_CHAIN_ID,
        ...(hardfork === undefined ? {} : { hardfork }),
        initialDate: new Date(genesisTimestamp * 1000).toISOString(),
        accounts: devAccounts(),
        // Interval mining would seal blocks outside any request, which the journal cannot
        // see; automine seals exactly one block per accepted transaction.
        mining: { auto: true, interval: 0 },
        loggingEnabled: false,
      },
    },
  };
  // resolveConfig only needs an existing file to anchor project paths, which Hardhat
  // Network uses solely for a fork cache we never create.
  const config = resolveConfig(fileURLToPath(import.meta.url), userConfig);
  const networkConfig = config.networks.hardhat as HardhatNetworkConfig;
  const provider = await createProvider(config, "hardhat");
  return { provider, hardfork: networkConfig.hardfork };
}

let cachedDevAccounts: { privateKey: string; balance: string }[] | undefined;

/**
 * The dev accounts as explicit keys and balances. Deriving 20 keys from the mnemonic takes
 * about 300 ms, so it is done once per process rather than on every start; the genesis
 * state is the same either way.
 */
function devAccounts(): { privateKey: string; balance: string }[] {
  cachedDevAccounts ??= normalizeHardhatNetworkAccountsConfig({
    mnemonic: DEV_MNEMONIC,
    count: DEV_ACCOUNT_COUNT,
    accountsBalance: DEV_ACCOUNT_BALANCE_WEI.toString(),
    initialIndex: 0,
    path: "m/44'/60'/0'/0",
    passphrase: "",
  }).map(({ privateKey, balance }) => ({ privateKey, balance }));
  return cachedDevAccounts.map((account) => ({ ...account }));
}
