import { z } from 'zod';

/**
 * A shop's settings as the policy handlers need them. Placeholder shape: the
 * drafting work (issue 3) completes it; `id` and `name` are stable.
 */
export const shopProfileSchema = z.object({
  /** Stable identifier: every mailbox, message, case and draft belongs to one shop. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, "-" or "_" (e.g. "hexiang")'),
  name: z.string().min(1),
});
export type ShopProfile = z.infer<typeof shopProfileSchema>;

export const defaultShopProfile: ShopProfile = shopProfileSchema.parse({ id: 'default', name: 'My Shop' });
