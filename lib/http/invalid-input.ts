import { HttpError } from "./http-error";

/**
 * A 400 INPUT_INVALID naming the field (a dotted path such as `split.1.account`, or `body`)
 * and the reason in words: `Invalid <field>: <reason>`.
 */
export function invalidInput(field: string, reason: string, extra: Record<string, unknown> = {}): HttpError {
  return new HttpError({ code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}`, details: { field, reason, ...extra } });
}
