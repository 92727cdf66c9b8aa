import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { ChooseOrgTypeForm } from "@/components/org-settings/choose-org-type-form";
import { Alert } from "@/components/ui/alert";
import { hasAccess } from "@/lib/access/check-access";
import { getTenantContext } from "@/lib/auth/get-tenant-context";
import { orgSettingsAccess } from "@/lib/org-settings/access";

export const metadata: Metadata = { title: "Set up your organisation" };

/**
 * A Clerk organisation that arrived without an org type stops here before anything else: its
 * admin says whether it develops projects or invests; everyone else waits for them.
 */
export default async function WelcomePage() {
  const tenant = await getTenantContext();
  if (!tenant) redirect("/sign-in");
  if (!tenant.org.awaitingType) redirect("/dashboard");
  return (
    <AuthShell>
      <div className="grid w-full max-w-md gap-6">
        <div className="grid gap-2">
          <h1 className="text-2xl font-semibold tracking-tight text-foreground">Welcome to SCR Platform, {tenant.org.name}</h1>
          <p className="text-sm text-muted-foreground">Your workspace depends on what your organisation does here.</p>
        </div>
        {hasAccess(tenant, orgSettingsAccess.manage) ? (
          <ChooseOrgTypeForm />
        ) : (
          <Alert variant="info" title="Your admin sets this up first">
            An admin of {tenant.org.name} chooses whether it develops projects or invests. Reload this page once they have.
          </Alert>
        )}
      </div>
    </AuthShell>
  );
}
