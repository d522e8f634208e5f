/**
 * `Option<T>` and `#[serde(default)]`.
 *
 * Reading, serde takes an absent key or `null` as None for every Option.
 * Writing differs: a plain `Option` writes `null` (so the app sees `T | null`);
 * with `skip_serializing_if = "Option::is_none"` it leaves the key out (the app
 * sees an optional key). A defaulted non-Option field takes its default when
 * absent, and `null` is an error.
 */
import type { z } from "zod";
import { withMeta } from "./meta.js";

/** `Option<T>`, written as `null` when None. */
export const option = <T extends z.ZodType>(inner: T) =>
  withMeta(inner.nullable().default(null), { kind: "option", skipIfNone: false, inner });

/** `Option<T>` with `skip_serializing_if = "Option::is_none"`: left out when None. */
export const optionSkipIfNone = <T extends z.ZodType>(inner: T) =>
  withMeta(
    inner
      .nullable()
      .transform((v): z.output<T> | undefined => v ?? undefined)
      .optional(),
    { kind: "option", skipIfNone: true, inner },
  );

/** `#[serde(default)]` (or `default = "fn"`) on a non-Option field. */
export const withDefault = <T extends z.ZodType>(
  inner: T,
  value: z.util.NoUndefined<z.output<T>> | (() => z.util.NoUndefined<z.output<T>>),
) => inner.default(value as never);

/** `#[serde(default, skip_serializing_if = "BTreeMap::is_empty")]` on a map: absent means empty, and empty is left out. */
export const defaultSkipIfEmpty = <T extends z.ZodType<Record<string, unknown>>>(inner: T) =>
  withMeta(inner.default((() => ({})) as never), { kind: "skip_if_empty", inner });
