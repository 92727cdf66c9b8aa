import type { Metadata } from "next";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { apiKeysAccess } from "@/lib/api-keys/access";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";

export const metadata: Metadata = { title: "API keys" };

const BREADCRUMBS = [{ label: "Settings", href: "/settings" }, { label: "API keys" }];

export default async function ApiKeysPage() {
  const tenant = await requirePageAccess(apiKeysAccess.read);
  const keys = await listApiKeys(tenant);
  // A past-due org still sees its keys, but cannot make or revoke any (the actions refuse too).
  const canManage = hasAccess(tenant, apiKeysAccess.manage);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  return (
    <>
      <PageHeader
        breadcrumbs={BREADCRUMBS}
        title="API keys"
        description={`Keys let ${tenant.org.name}'s own systems call the SCR Platform API (Authorization: Bearer scr_…). Creating and revoking keys is recorded in the audit log.`}
        actions={
          // A plain link: the reference is a page of its own (Swagger UI), not a route of this app's shell.
          <Button asChild variant="outline">
            <a href="/api/v1/docs">API reference</a>
          </Button>
        }
      />
      <div className="grid gap-6">
        {canManage ? <CreateApiKeyForm tomorrow={tomorrow} /> : null}
        <ApiKeysTable keys={keys} canManage={canManage} />
      </div>
    </>
  );
}
