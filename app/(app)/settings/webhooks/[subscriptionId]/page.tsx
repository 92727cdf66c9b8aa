import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { EditWebhookForm } from "@/components/webhooks/edit-webhook-form";
import { WebhookActions } from "@/components/webhooks/webhook-actions";
import { WebhookDeliveriesFilter } from "@/components/webhooks/webhook-deliveries-filter";
import { WebhookDeliveriesTable } from "@/components/webhooks/webhook-deliveries-table";
import { WebhookStatusBadge } from "@/components/webhooks/webhook-status-badges";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { isAppError } from "@/lib/errors/app-error";
import { webhooksAccess } from "@/lib/webhooks/access";
import { getWebhookOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { DELIVERIES_PER_PAGE, listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { webhookDeliveriesQuerySchema } from "@/lib/webhooks/schemas";
import { readEventTypes } from "@/lib/webhooks/to-webhook-dto";
import { listWebhookEventOptions } from "@/lib/webhooks/webhook-events";

export const metadata: Metadata = { title: "Webhook" };

type Props = { params: Promise<{ subscriptionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadWebhook(tenant: Parameters<typeof getWebhookOrThrow>[0], subscriptionId: string) {
  try {
    return await getWebhookOrThrow(tenant, subscriptionId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function WebhookPage({ params, searchParams }: Props) {
  const tenant = await requirePageAccess(webhooksAccess.read);
  const { subscriptionId } = await params;
  const webhook = await loadWebhook(tenant, subscriptionId);
  const query = webhookDeliveriesQuerySchema.parse(await searchParams);
  const log = await listWebhookDeliveries(tenant, webhook.id, query);
  const canManage = hasAccess(tenant, webhooksAccess.manage);
  const host = new URL(webhook.url).host;
  const hrefFor = (page: number) =>
    `?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), ...(query.eventType ? { eventType: query.eventType } : {}), page: String(page) })}`;
  const first = (query.page - 1) * DELIVERIES_PER_PAGE + 1;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Settings", href: "/settings" }, { label: "Webhooks", href: "/settings/webhooks" }, { label: host }]}
        title={host}
        description={webhook.description ?? webhook.url}
      />
      <div className="grid gap-6">
        {!webhook.isActive ? (
          <Alert variant="warning" title="This webhook is disabled">
            {webhook.disabledReason ?? "Nothing is sent to it."} Events that happen while it is disabled are not sent later; redeliver them from the log once it works
            again.
          </Alert>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              Endpoint <WebhookStatusBadge isActive={webhook.isActive} />
            </CardTitle>
            <CardDescription className="break-all">{webhook.url}</CardDescription>
          </CardHeader>
          {canManage ? (
            <CardContent>
              <WebhookActions subscriptionId={webhook.id} host={host} isActive={webhook.isActive} />
            </CardContent>
          ) : null}
        </Card>
        <section className="grid gap-4" aria-labelledby="deliveries-heading">
          <h2 id="deliveries-heading" className="text-lg font-semibold">
            Delivery log
          </h2>
          <WebhookDeliveriesFilter eventTypes={log.eventTypes} status={query.status} eventType={query.eventType} />
          <WebhookDeliveriesTable deliveries={log.deliveries} canRedeliver={canManage && webhook.isActive} filtered={Boolean(query.status || query.eventType)} />
          {log.total > DELIVERIES_PER_PAGE ? (
            <PageLinks
              page={query.page}
              pageCount={log.pageCount}
              hrefFor={hrefFor}
              label="Delivery pages"
              shown={{ first, last: first + log.deliveries.length - 1, total: log.total }}
            />
          ) : null}
        </section>
        <Card>
          <CardHeader>
            <CardTitle>Settings</CardTitle>
            <CardDescription>Where deliveries go and which events are sent.</CardDescription>
          </CardHeader>
          <CardContent>
            {canManage ? (
              <EditWebhookForm
                subscriptionId={webhook.id}
                eventOptions={listWebhookEventOptions()}
                defaults={{ url: webhook.url, description: webhook.description, events: readEventTypes(webhook.events) }}
              />
            ) : (
              <p className="text-sm">Events: {readEventTypes(webhook.events).join(", ")}</p>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
