"use server";

import { orgActionClient } from "@/lib/auth/action-clients";
import { DATAROOM_ORG_TYPES } from "../dataroom-org-types";
import { createShareLink } from "./create-share-link";
import { createShareLinkSchema } from "./schemas";

// Sharing sends a document outside the platform: it needs write access, like uploading does.
export const createShareLinkAction = orgActionClient
  .metadata({ actionName: "createShareLink", permission: "dataroom.write", orgTypes: [...DATAROOM_ORG_TYPES] })
  .inputSchema(createShareLinkSchema)
  .action(async ({ parsedInput, ctx }) => createShareLink(ctx.actor, parsedInput));
