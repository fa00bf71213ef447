import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Keeps each feature's channel map literal-typed while checking its shape. */
export function channels<T extends Record<string, ChannelSpec>>(spec: T): T {
  return spec;
}
