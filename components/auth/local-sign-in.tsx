import { DatabaseZap } from "lucide-react";
import { unsafeListDemoAccounts } from "@/lib/auth/list-demo-accounts";
import { DemoAccountPicker } from "./demo-account-picker";
import { groupDemoAccounts } from "./group-demo-accounts";

export async function LocalSignIn({ next }: { next?: string }) {
  const groups = groupDemoAccounts(await unsafeListDemoAccounts());
  return (
    <div className="grid gap-6">
      <div className="grid gap-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-muted-foreground">This is a local demo: choose an account to see the platform as that person, with their organisation and role.</p>
      </div>
      {groups.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-surface px-6 py-10 text-center">
          <span className="flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-600">
            <DatabaseZap aria-hidden className="size-6" />
          </span>
          <p className="font-semibold">
            No demo accounts yet: run <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-sm">npm run db:seed</code>
          </p>
          <p className="text-sm text-muted-foreground">Then reload this page.</p>
        </div>
      ) : (
        <DemoAccountPicker groups={groups} next={next} />
      )}
    </div>
  );
}
