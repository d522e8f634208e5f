/**
 * zod's setting for a page whose CSP refuses `eval`: imported first, before
 * any schema is built (a schema reads it when built), so zod never even
 * tries to generate code (its try is a policy violation Chromium logs).
 */
import { z } from "zod";

z.config({ jitless: true });
