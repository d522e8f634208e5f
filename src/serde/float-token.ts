/**
 * A JSON number token written with a fraction or exponent (`1.0`, `1e2`, `-0`)
 * whose value is an integer. A JS number cannot tell `1.0` from `1`, but serde
 * can: `1.0` is an error for every integer kind and stays a float inside a
 * `serde_json::Value`. The lossless text decoder produces these; the building
 * blocks consume them, so no application value ever holds one.
 *
 * A token is a callable, not a plain object: `typeof token` is `"function"`,
 * so no object, array, record or union schema (zod's runtime parser and its
 * compiled fast path alike, which only test `typeof x === "object"`) can take
 * it for a JSON object. A struct whose fields are all defaulted would
 * otherwise read `1.0` as its default, where serde says
 * "invalid type: floating point `1`, expected struct ...". Only the number
 * building blocks, which test `instanceof IntegralFloat`, read it.
 */
export interface IntegralFloat {
  readonly value: number;
  /** The token as written, for error messages. */
  readonly text: string;
}

interface IntegralFloatConstructor {
  new (value: number, text: string): IntegralFloat;
  readonly prototype: IntegralFloat;
}

/**
 * What each token is bound from: a bound function takes its target's
 * prototype, so tokens need no `Object.setPrototypeOf` each (a change of
 * prototype per object, which V8 makes slow: a fifth of decoding a Value of
 * many `1.0`s).
 */
const unbound = (() => undefined) as () => undefined;

function IntegralFloatToken(this: unknown, value: number, text: string): IntegralFloat {
  const token = unbound.bind(undefined) as unknown as { value: number; text: string };
  token.value = value;
  token.text = text;
  return token;
}
// Still a Function underneath, so `typeof` stays "function" whatever the prototype says.
Object.setPrototypeOf(IntegralFloatToken.prototype, Function.prototype);
Object.setPrototypeOf(unbound, IntegralFloatToken.prototype);

export const IntegralFloat = IntegralFloatToken as unknown as IntegralFloatConstructor;
