"use client";

import { ArrowRight, LoaderCircle } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { OrgTypeBadge } from "@/components/shell/org-type-badge";
import { RoleBadge } from "@/components/shell/role-badge";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { signInLocalAction } from "@/lib/auth/local-sign-in-actions";
import type { DemoOrgGroup } from "./group-demo-accounts";

export type DemoAccountPickerProps = { groups: DemoOrgGroup[]; next?: string };

export function DemoAccountPicker({ groups, next }: DemoAccountPickerProps) {
  const { execute, input, isPending, hasNavigated, result } = useAction(signInLocalAction);
  // A successful sign-in redirects: keep the spinner until the dashboard replaces this page.
  const busy = isPending || hasNavigated;
  const pendingId = busy ? input?.userId : undefined;
  const failure = result.serverError?.message ?? (result.validationErrors ? "That sign-in request was not valid. Please try again." : null);

  return (
    <div className="grid gap-6">
      {failure ? (
        <Alert variant="danger" title="Could not sign in">
          {failure}
        </Alert>
      ) : null}
      {groups.map((group) => (
        <section key={`${group.orgType}:${group.orgName}`} aria-labelledby={`org-${group.orgType}-${group.orgName}`} className="grid gap-2">
          <div className="flex items-center gap-2">
            <h2 id={`org-${group.orgType}-${group.orgName}`} className="text-sm font-semibold text-foreground">
              {group.orgName}
            </h2>
            <OrgTypeBadge type={group.orgType} />
          </div>
          <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface shadow-card">
            {group.accounts.map((account) => {
              const pending = pendingId === account.id;
              return (
                <li key={account.id}>
                  <button
                    type="button"
                    disabled={busy}
                    aria-busy={pending}
                    onClick={() => execute({ userId: account.id, next })}
                    className="group flex w-full cursor-pointer items-center gap-3 px-3 py-3 sm:px-4 text-left transition-colors hover:bg-brand-50/60 focus-visible:relative focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring disabled:cursor-wait disabled:opacity-60 aria-busy:opacity-100"
                  >
                    <Avatar name={account.fullName} size="md" decorative />
                    <span className="grid min-w-0 flex-1 gap-0.5">
                      <span className="truncate text-sm font-medium text-foreground">{account.fullName}</span>
                      <span className="text-xs break-all text-muted-foreground">{account.email}</span>
                    </span>
                    <RoleBadge role={account.role} />
                    {pending ? (
                      <LoaderCircle aria-label="Signing in" className="size-4 shrink-0 animate-spin text-brand-600" />
                    ) : (
                      <ArrowRight
                        aria-hidden
                        className="hidden size-4 shrink-0 sm:block text-muted-foreground transition-transform group-hover:translate-x-0.5 group-hover:text-brand-600"
                      />
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
