import { id, Wallet } from "ethers";

/**
 * The key the tests sign the built-in models' cards with, in place of the operator's key
 * (a server makes its own in `<data dir>/keys/builtin-trainer.key`). Known to anyone who
 * reads this file, so only ever used on test chains. Its address (0x33fF…) sorts before the
 * dev accounts the tests use, so splits come back in a known order.
 */
export const TEST_BUILTIN_TRAINER = new Wallet(id("colophon test built-in trainer 4"));
