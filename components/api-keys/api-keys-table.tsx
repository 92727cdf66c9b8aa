import { KeyRound } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ApiKeyDto } from "@/lib/api-keys/to-api-key-dto";
import { formatDay, formatInstant } from "@/lib/audit/format-audit-value";
import { ApiKeyStatusBadge } from "./api-key-status-badge";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

/** The org's keys, revoked and expired ones included, so a program that stopped working can be explained. */
export function ApiKeysTable({ keys, canManage }: { keys: ApiKeyDto[]; canManage: boolean }) {
  if (!keys.length) {
    return <EmptyState icon={KeyRound} title="No API keys yet" description="Create a key for each system that should read your organisation's data." />;
  }
  return (
    <Table scrollLabel="API keys">
      <THead>
        <TR>
          <TH>Name</TH>
          <TH>Key</TH>
          <TH>Scopes</TH>
          <TH>Created</TH>
          <TH>Last used</TH>
          <TH>Expires</TH>
          <TH>Status</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </TR>
      </THead>
      <TBody>
        {keys.map((key) => (
          <TR key={key.id}>
            <TD className="font-medium">
              {key.name}
              {key.rateLimitPerMinute ? (
                <span className="block text-xs text-muted-foreground">{key.rateLimitPerMinute.toLocaleString("en")} requests a minute</span>
              ) : null}
            </TD>
            <TD>
              <code className="text-xs">{key.prefix}…</code>
            </TD>
            <TD className="max-w-64 text-xs">{key.scopes.join(", ")}</TD>
            <TD className="whitespace-nowrap">{formatDay(key.createdAt)}</TD>
            <TD className="whitespace-nowrap">{key.lastUsedAt ? formatInstant(key.lastUsedAt) : "Never"}</TD>
            <TD className="whitespace-nowrap">{key.expiresAt ? formatDay(key.expiresAt) : "Never"}</TD>
            <TD>
              <ApiKeyStatusBadge status={key.status} />
            </TD>
            <TD className="text-right">{canManage && key.status === "active" ? <RevokeApiKeyButton apiKeyId={key.id} name={key.name} prefix={key.prefix} /> : null}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
