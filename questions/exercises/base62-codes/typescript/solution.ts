export const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * Base62 code of n (most significant digit first, "0" for 0).
 * Throw a RangeError unless n is a non-negative safe integer. encode(125) === "21".
 */
export function encode(n: number): string {
  throw new Error("Not implemented");
}

/**
 * Integer value of a base62 code; leading zeros are allowed.
 * Throw an Error for an empty string or a character outside ALPHABET, and a
 * RangeError if the value exceeds Number.MAX_SAFE_INTEGER.
 */
export function decode(code: string): number {
  throw new Error("Not implemented");
}
