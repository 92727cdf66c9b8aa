import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SuspendedSignOut } from "@/components/access/suspended-sign-out";
import { AuthShell } from "@/components/auth/auth-shell";
import { Alert } from "@/components/ui/alert";
import { describeClosedStatus } from "@/lib/access/check-access";
import { STATUS_ACCESS } from "@/lib/access/tiers";
import { getTenantContext } from "@/lib/auth/get-tenant-context";
import { usesClerk } from "@/lib/auth/auth-mode";

export const metadata: Metadata = { title: "Workspace closed" };

/** Where a member of a suspended or cancelled org lands: nothing of the workspace is shown. */
export default async function SuspendedPage() {
  const tenant = await getTenantContext();
  if (!tenant) redirect("/sign-in");
  if (STATUS_ACCESS[tenant.org.status] !== "none") redirect("/dashboard");
  const title = tenant.org.status === "suspended" ? `${tenant.org.name} is suspended` : `${tenant.org.name}'s subscription has ended`;
  return (
    <AuthShell>
      <div className="grid w-full max-w-md gap-6">
        <h1 className="text-2xl font-semibold tracking-tight text-foreground">{title}</h1>
        <Alert variant="warning" title="Nothing in this workspace can be opened or changed">
          {describeClosedStatus(tenant.org.status)}
        </Alert>
        <p className="text-sm text-muted-foreground">
          You are signed in as {tenant.user.email}. Your documents and projects are kept as they were and come back when the workspace is reinstated.
        </p>
        <SuspendedSignOut clerk={usesClerk()} />
      </div>
    </AuthShell>
  );
}
