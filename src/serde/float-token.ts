/**
 * A JSON number token written with a fraction or exponent (`1.0`, `1e2`, `-0`)
 * whose value is an integer. A JS number cannot tell `1.0` from `1`, but serde
 * can: `1.0` is an error for every integer kind and stays a float inside a
 * `serde_json::Value`. The lossless text decoder produces these; the building
 * blocks consume them, so no application value ever holds one.
 */
export class IntegralFloat {
  constructor(
    readonly value: number,
    /** The token as written, for error messages. */
    readonly text: string,
  ) {}
}
