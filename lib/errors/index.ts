// The error vocabulary of the server: import from "@/lib/errors".
export { BaseError, type BaseErrorParameters, type ErrorDetails } from "./base-error";
export { ConfigError, type ConfigIssue } from "./config-error";
export { DependencyError } from "./dependency-error";
export { ERROR_STATUS, type ErrorCode } from "./error-codes";
export { httpStatusOf } from "./http-status-of";
export { InputError } from "./input-error";
export { KeyError } from "./key-error";
export { toErrorResponse, type ErrorBody, type ErrorLogger } from "./to-error-response";
export { RateLimitError, type RateLimitErrorParameters } from "./rate-limit-error";
