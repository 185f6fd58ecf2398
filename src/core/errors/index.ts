/** The error model: {@link LocalizedError} is the base of every user-facing error (see localized-error.ts). */
export { LocalizedError, isLocalizedError, localizedMessage } from "./localized-error";
export { InputError, isInputError } from "./input-error";
