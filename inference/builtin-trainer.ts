import { HDNodeWallet } from "ethers";

/**
 * THE BUILT-IN MODELS' DEV TRAINER KEY. NOT A SECRET.
 *
 * The built-in models are made by code in this repository, so their "trainer" is this
 * repository. Their cards are signed with a key anyone can derive, on purpose: the
 * signature shows the card was not altered after the build, not who is behind it. Never
 * fund this address or use this key for anything else.
 *
 * The phrase is the BIP-39 encoding of the first 16 bytes of
 * sha256("Colophon built-in models dev trainer v1"); account m/44'/60'/0'/0/0.
 */
export const BUILTIN_TRAINER_PHRASE = "village type tornado grace sleep party enemy auto common shy end design";

/** The label whose sha256 gives the phrase's entropy (see the test that re-derives it). */
export const BUILTIN_TRAINER_LABEL = "Colophon built-in models dev trainer v1";

/** Address of the built-in models' dev trainer. */
export const BUILTIN_TRAINER_ADDRESS = "0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a";

let cached: HDNodeWallet | undefined;

/** The built-in models' dev trainer wallet (derivation takes ~70 ms, so it is cached). */
export function getBuiltinTrainer(): HDNodeWallet {
  cached ??= HDNodeWallet.fromPhrase(BUILTIN_TRAINER_PHRASE);
  return cached;
}
