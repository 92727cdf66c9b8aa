"use server";

import { orgActionClient } from "@/lib/auth/action-clients";
import { createShareLink } from "./create-share-link";
import { revokeShareLink } from "./revoke-share-link";
import { createShareLinkSchema, revokeShareLinkSchema } from "./schemas";
import { dataroomAccess } from "../access";

// Sharing sends a document outside the platform: it needs write access, like uploading does.
export const createShareLinkAction = orgActionClient
  .metadata({ actionName: "createShareLink", access: dataroomAccess.share })
  .inputSchema(createShareLinkSchema)
  .action(async ({ parsedInput, ctx }) => createShareLink(ctx.actor, parsedInput));

// Withdrawing a link is the sharer's side of the same decision: the same access as sharing.
export const revokeShareLinkAction = orgActionClient
  .metadata({ actionName: "revokeShareLink", access: dataroomAccess.share })
  .inputSchema(revokeShareLinkSchema)
  .action(async ({ parsedInput, ctx }) => revokeShareLink(ctx.actor, parsedInput));
