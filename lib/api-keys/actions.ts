"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { apiKeysAccess } from "./access";
import { createApiKey } from "./create-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";

/** Returns the plaintext key: the one time anyone sees it. */
export const createApiKeyAction = orgActionClient
  .metadata({ actionName: "createApiKey", access: apiKeysAccess.manage })
  .inputSchema(createApiKeySchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await createApiKey(ctx.actor, parsedInput);
    revalidatePath("/settings/api-keys");
    return created;
  });

export const revokeApiKeyAction = orgActionClient
  .metadata({ actionName: "revokeApiKey", access: apiKeysAccess.manage })
  .inputSchema(revokeApiKeySchema)
  .action(async ({ parsedInput, ctx }) => {
    const revoked = await revokeApiKey(ctx.actor, parsedInput);
    revalidatePath("/settings/api-keys");
    return revoked;
  });
