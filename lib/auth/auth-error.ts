import { BaseError, type BaseErrorParameters } from "@/lib/errors";

/**
 * Why a sign-in or a signed-in request was refused. Callers and tests branch on this
 * (in `details.reason`); the message is the same fact in words for the person.
 */
export type AuthErrorReason =
  // requireSignedIn / requireAddress
  | "NOT_SIGNED_IN"
  // the cookie decrypts, but its session is unknown, signed out or expired (AuthSession)
  | "SESSION_ENDED"
  | "WRONG_ACCOUNT"
  // lib/admin: only a contract's on-chain owner manages its settings
  | "NOT_CONTRACT_OWNER"
  // Sign-In with Ethereum (authorizeSiwe)
  | "CREDENTIALS_INVALID"
  | "MESSAGE_MALFORMED"
  | "DOMAIN_MISMATCH"
  | "URI_MISMATCH"
  | "HOST_NOT_TRUSTED"
  | "CHAIN_MISMATCH"
  | "MESSAGE_EXPIRED"
  | "MESSAGE_NOT_YET_VALID"
  | "SIGNATURE_INVALID"
  | "NONCE_UNKNOWN"
  | "NONCE_USED"
  | "NONCE_EXPIRED";

type AuthErrorCode = "UNAUTHENTICATED" | "FORBIDDEN";

/** Parameters of {@link AuthError}: a BaseError's, with the reason in the details. */
export interface AuthErrorParameters extends Omit<BaseErrorParameters<AuthErrorCode>, "details"> {
  reason: AuthErrorReason;
  details?: Readonly<Record<string, unknown>>;
}

/**
 * Who is asking is unknown (UNAUTHENTICATED, 401) or is not the one allowed (FORBIDDEN,
 * 403). `details.reason` says which check failed; details never hold a secret, a cookie or
 * a signature.
 */
export class AuthError extends BaseError<AuthErrorCode> {
  override name = "AuthError";
  readonly reason: AuthErrorReason;

  constructor({ reason, details, ...rest }: AuthErrorParameters) {
    super({ ...rest, details: { reason, ...details } });
    this.reason = reason;
  }
}
