import { randomBytes } from "node:crypto";
import { fernetEncrypt } from "../../lib/crypto/fernet";
import type { FactoryDb } from "./types";

export type CreateWebhookSubscriptionInput = { orgId: string; createdBy?: string; url?: string; events?: string[]; isActive?: boolean };

/** Creates a subscription; the signing secret is returned once and stored Fernet-encrypted. */
export async function createWebhookSubscription(db: FactoryDb, input: CreateWebhookSubscriptionInput) {
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  const subscription = await db.webhookSubscription.create({
    data: {
      orgId: input.orgId,
      createdBy: input.createdBy,
      url: input.url ?? "https://hooks.test.example/scr",
      secret: fernetEncrypt(secret),
      events: input.events ?? ["match.created"],
      isActive: input.isActive ?? true,
    },
  });
  return { subscription, secret };
}
