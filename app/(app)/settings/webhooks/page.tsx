import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { WebhooksTable } from "@/components/webhooks/webhooks-table";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { webhooksAccess } from "@/lib/webhooks/access";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { listWebhookEventOptions } from "@/lib/webhooks/webhook-events";

export const metadata: Metadata = { title: "Webhooks" };

const BREADCRUMBS = [{ label: "Settings", href: "/settings" }, { label: "Webhooks" }];

export default async function WebhooksPage() {
  const tenant = await requirePageAccess(webhooksAccess.read);
  const webhooks = await listWebhooks(tenant);
  // A past-due org still sees its endpoints and their logs, but cannot change them (the actions refuse too).
  const canManage = hasAccess(tenant, webhooksAccess.manage);
  return (
    <>
      <PageHeader
        breadcrumbs={BREADCRUMBS}
        title="Webhooks"
        description={`Endpoints of ${tenant.org.name}'s own systems that are told, within seconds, when something happens here. Failed deliveries are retried with backoff; ten failures in a row disable an endpoint and tell the admins.`}
      />
      <div className="grid gap-6">
        <WebhooksTable webhooks={webhooks} />
        {canManage ? <CreateWebhookForm eventOptions={listWebhookEventOptions()} /> : null}
      </div>
    </>
  );
}
