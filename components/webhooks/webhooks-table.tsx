import { Webhook } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatInstant } from "@/lib/audit/format-audit-value";
import type { WebhookListItem } from "@/lib/webhooks/list-webhooks";
import { DeliveryStatusBadge, WebhookStatusBadge } from "./webhook-status-badges";

/** The org's endpoints with their health: disabled ones say why, each opens its settings and delivery log. */
export function WebhooksTable({ webhooks }: { webhooks: WebhookListItem[] }) {
  if (!webhooks.length) {
    return (
      <EmptyState
        icon={Webhook}
        title="No webhooks yet"
        description="Add an endpoint to have your own systems told when projects, documents, matches or portfolios change."
      />
    );
  }
  return (
    <Table scrollLabel="Webhooks">
      <THead>
        <TR>
          <TH>Endpoint</TH>
          <TH>Events</TH>
          <TH>Status</TH>
          <TH>Last delivery</TH>
        </TR>
      </THead>
      <TBody>
        {webhooks.map((webhook) => (
          <TR key={webhook.id}>
            <TD className="max-w-md">
              <Link href={`/settings/webhooks/${webhook.id}`} className="break-all font-medium text-primary hover:underline">
                {webhook.url}
              </Link>
              {webhook.description ? <span className="block text-xs text-muted-foreground">{webhook.description}</span> : null}
            </TD>
            <TD className="max-w-64 text-xs" title={webhook.events.join(", ")}>
              {webhook.events.length <= 3 ? webhook.events.join(", ") : `${webhook.events.slice(0, 2).join(", ")} and ${webhook.events.length - 2} more`}
            </TD>
            <TD>
              <WebhookStatusBadge isActive={webhook.isActive} />
              {webhook.isActive && webhook.failureCount ? <span className="block text-xs text-warning">{webhook.failureCount} failed in a row</span> : null}
              {!webhook.isActive && webhook.disabledReason ? <span className="block max-w-56 text-xs text-muted-foreground">{webhook.disabledReason}</span> : null}
            </TD>
            <TD className="whitespace-nowrap">
              {webhook.lastDelivery ? (
                <span className="grid gap-1">
                  <DeliveryStatusBadge status={webhook.lastDelivery.status} />
                  <span className="text-xs text-muted-foreground">{formatInstant(webhook.lastDelivery.createdAt)}</span>
                </span>
              ) : (
                <span className="text-muted-foreground">None yet</span>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
