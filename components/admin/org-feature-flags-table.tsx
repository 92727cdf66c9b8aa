"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { setOrgFeatureFlagAction } from "@/lib/admin/actions";
import type { FlagSetting } from "@/lib/admin/schemas";
import type { OrgFlagRow } from "@/lib/admin/unsafe-get-organisation";
import { cn } from "@/lib/utils/cn";

const SETTINGS: { value: FlagSetting; label: string }[] = [
  { value: "on", label: "On" },
  { value: "off", label: "Off" },
  { value: "default", label: "Default" },
];

function FlagSwitch({ orgId, flag }: { orgId: string; flag: OrgFlagRow }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(setOrgFeatureFlagAction, { onSuccess: () => router.refresh() });
  return (
    <div className="grid justify-items-end gap-1">
      <div
        role="radiogroup"
        aria-label={`${flag.label} for this organisation`}
        className={cn("inline-flex rounded-md border border-border p-0.5", isPending && "opacity-60")}
      >
        {SETTINGS.map((option) => {
          const checked = flag.setting === option.value;
          return (
            <button
              key={option.value}
              type="button"
              role="radio"
              aria-checked={checked}
              disabled={isPending}
              onClick={() => (checked ? undefined : execute({ orgId, featureKey: flag.key, setting: option.value }))}
              className={cn(
                "h-7 cursor-pointer rounded-sm px-2.5 text-xs font-medium transition-colors",
                checked ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:bg-accent hover:text-foreground",
              )}
            >
              {option.label}
            </button>
          );
        })}
      </div>
      {result.serverError ? (
        <p role="alert" className="text-xs text-danger">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}

/** Every catalogue key for one org: what the catalogue says, what the org stored, and what its members get. */
export function OrgFeatureFlagsTable({ orgId, flags }: { orgId: string; flags: OrgFlagRow[] }) {
  return (
    <Table>
      <caption className="sr-only">Feature flags of this organisation</caption>
      <THead>
        <TR className="hover:bg-transparent">
          <TH>Feature</TH>
          <TH>Default</TH>
          <TH>Minimum plan</TH>
          <TH>Stored</TH>
          <TH>Members get</TH>
          <TH className="text-right">Set</TH>
        </TR>
      </THead>
      <TBody>
        {flags.map((flag) => (
          <TR key={flag.key} data-flag={flag.key}>
            <TD className="max-w-80 whitespace-normal">
              <div className="grid gap-0.5">
                <span className="font-medium">{flag.label}</span>
                <span className="text-xs text-muted-foreground">{flag.description}</span>
                <code className="text-xs text-muted-foreground">{flag.key}</code>
              </div>
            </TD>
            <TD>{flag.default ? "On" : "Off"}</TD>
            <TD>{flag.minTierLabel}</TD>
            <TD>{flag.setting === "default" ? <span className="text-muted-foreground">default</span> : flag.setting === "on" ? "On" : "Off"}</TD>
            <TD className="max-w-64 whitespace-normal">
              <div className="grid gap-1">
                {flag.effective ? <Badge variant="success">On</Badge> : <Badge variant="muted">Off</Badge>}
                {flag.blockedByTier ? <span className="text-xs text-muted-foreground">{flag.blockedByTier}</span> : null}
              </div>
            </TD>
            <TD className="text-right">
              <FlagSwitch orgId={orgId} flag={flag} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
