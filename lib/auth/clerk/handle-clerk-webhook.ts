import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { deactivateClerkUser, upsertClerkMember, upsertClerkOrg } from "./sync-clerk-identity";

const orgData = z.object({ id: z.string(), name: z.string(), slug: z.string().nullish(), public_metadata: z.record(z.string(), z.unknown()).nullish() });
const membershipData = z.object({
  role: z.string(),
  organization: z.object({ id: z.string(), name: z.string(), slug: z.string().nullish(), public_metadata: z.record(z.string(), z.unknown()).nullish() }),
  public_user_data: z.object({
    user_id: z.string(),
    identifier: z.string(),
    first_name: z.string().nullish(),
    last_name: z.string().nullish(),
    image_url: z.string().nullish(),
  }),
});

const orgTypeOf = (metadata: Record<string, unknown> | null | undefined) => (typeof metadata?.org_type === "string" ? metadata.org_type : null);

/** Verifies a Clerk (Svix-signed) webhook and applies it to organizations and users. */
export async function handleClerkWebhook(body: string, headers: Headers, secret = process.env.CLERK_WEBHOOK_SIGNING_SECRET) {
  if (!secret) throw new AppError("CONFIGURATION", "CLERK_WEBHOOK_SIGNING_SECRET is not set.");
  let event: { type: string; data: unknown };
  try {
    event = new Webhook(secret).verify(body, {
      "svix-id": headers.get("svix-id") ?? "",
      "svix-timestamp": headers.get("svix-timestamp") ?? "",
      "svix-signature": headers.get("svix-signature") ?? "",
    }) as typeof event;
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw new AppError("UNAUTHENTICATED", "Invalid webhook signature.");
    throw error;
  }

  switch (event.type) {
    case "organization.created":
    case "organization.updated": {
      const org = orgData.parse(event.data);
      await upsertClerkOrg({ clerkOrgId: org.id, name: org.name, slug: org.slug, orgType: orgTypeOf(org.public_metadata) });
      break;
    }
    case "organizationMembership.created":
    case "organizationMembership.updated": {
      const m = membershipData.parse(event.data);
      await upsertClerkOrg({ clerkOrgId: m.organization.id, name: m.organization.name, slug: m.organization.slug, orgType: orgTypeOf(m.organization.public_metadata) });
      const user = m.public_user_data;
      await upsertClerkMember({
        clerkUserId: user.user_id,
        clerkOrgId: m.organization.id,
        email: user.identifier,
        fullName: [user.first_name, user.last_name].filter(Boolean).join(" "),
        clerkRole: m.role,
        avatarUrl: user.image_url,
      });
      break;
    }
    case "organizationMembership.deleted":
      await deactivateClerkUser(membershipData.parse(event.data).public_user_data.user_id);
      break;
    case "user.deleted":
      await deactivateClerkUser(z.object({ id: z.string() }).parse(event.data).id);
      break;
  }
  return { type: event.type };
}
