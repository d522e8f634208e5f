import { z } from "zod";

/** What a parse gave: its value, or a ZodError's issues (anything else thrown propagates). */
export function outcome(run: () => unknown): { value: unknown } | { issues: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof z.ZodError) return { issues: error.issues };
    throw error;
  }
}
