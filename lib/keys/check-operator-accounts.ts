import { devAccountRefusal } from "@/lib/chain/dev-accounts";
import { ConfigError, type ConfigIssue } from "@/lib/errors";

/** Parameters of {@link checkOperatorAccounts}: the chain and the accounts the operator set. */
export interface CheckOperatorAccountsParameters {
  chainId: number | bigint;
  /** The attestor key's address. */
  attestor: string;
  /** The built-in models' trainer key's address (it signs their cards). */
  builtinTrainer: string;
  /** Where the built-in models' trainer share is paid. */
  builtinTrainerPayout: string;
}

/**
 * Start-up check that no public Hardhat dev account attests, signs the built-in cards or is
 * paid their share on any chain but the local dev chain (their keys are printed by every
 * `hardhat node`). Run once the chain id is known.
 *
 * @throws {ConfigError} naming each variable that holds a dev account, with the fix.
 */
export function checkOperatorAccounts({ chainId, attestor, builtinTrainer, builtinTrainerPayout }: CheckOperatorAccountsParameters): void {
  const accounts: Array<[string, string, string]> = [
    ["ATTESTOR_PRIVATE_KEY", attestor, "set it to a key of your own (or unset it to use the key file in the data directory)"],
    ["BUILTIN_TRAINER_PRIVATE_KEY", builtinTrainer, "set it to a key of your own (or unset it to use the key file in the data directory)"],
    ["BUILTIN_TRAINER_PAYOUT_ADDRESS", builtinTrainerPayout, "set it to an account you control"],
  ];
  const issues: ConfigIssue[] = [];
  for (const [variable, address, fix] of accounts) {
    const refusal = devAccountRefusal(address, chainId);
    if (refusal !== null) issues.push({ variable, reason: `${refusal}; ${fix}` });
  }
  if (issues.length > 0) throw new ConfigError(issues);
}
