"use server";

import { orgActionClient } from "@/lib/auth/action-clients";
import { createShareLink } from "./create-share-link";
import { createShareLinkSchema } from "./schemas";
import { dataroomAccess } from "../access";

// Sharing sends a document outside the platform: it needs write access, like uploading does.
export const createShareLinkAction = orgActionClient
  .metadata({ actionName: "createShareLink", access: dataroomAccess.share })
  .inputSchema(createShareLinkSchema)
  .action(async ({ parsedInput, ctx }) => createShareLink(ctx.actor, parsedInput));
