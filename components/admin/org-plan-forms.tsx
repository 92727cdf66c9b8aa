"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { TIERS } from "@/lib/access/tiers";
import { changeOrgStatusAction, changeOrgTierAction, setOrgAiBudgetAction } from "@/lib/admin/actions";
import { EDITABLE_STATUSES, SUBSCRIPTION_TIERS } from "@/lib/admin/list-search";
import { STATUS_EFFECT, STATUS_LABEL } from "@/lib/admin/status-labels";
import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";

type Org = { id: string; name: string; tier: SubscriptionTier; status: SubscriptionStatus; trialEndsAt: string | null };

function Saved({ show }: { show: boolean }) {
  return (
    <span role="status" className="text-sm text-success">
      {show ? "Saved." : ""}
    </span>
  );
}

/** The plan: its limits, default AI budget and the features it includes follow from the members' next request. */
export function OrgTierForm({ org }: { org: Org }) {
  const router = useRouter();
  const [tier, setTier] = useState(org.tier);
  const { execute, result, isPending, hasSucceeded } = useAction(changeOrgTierAction, { onSuccess: () => router.refresh() });
  return (
    <form
      aria-label="Plan"
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ orgId: org.id, tier });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="The plan was not changed">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label="Plan" error={result.validationErrors?.fieldErrors?.tier} hint={`${TIERS[tier].seats} seats, ${TIERS[tier].requestsPerMinute} requests a minute.`}>
        <NativeSelect value={tier} onChange={(event) => setTier(event.target.value as SubscriptionTier)}>
          {SUBSCRIPTION_TIERS.map((value) => (
            <option key={value} value={value}>
              {TIERS[value].label}
            </option>
          ))}
        </NativeSelect>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending || tier === org.tier}>
          {isPending ? "Saving…" : "Change plan"}
        </Button>
        <Saved show={hasSucceeded && tier === org.tier} />
      </div>
    </form>
  );
}

/** Billing status, with the trial's end day; what members get in the chosen status is said before saving. */
export function OrgStatusForm({ org }: { org: Org }) {
  const router = useRouter();
  const editable = org.status !== "suspended";
  const [status, setStatus] = useState<SubscriptionStatus>(org.status === "suspended" ? "active" : org.status);
  const [trialEndsAt, setTrialEndsAt] = useState(org.trialEndsAt ?? "");
  const { execute, result, isPending, hasSucceeded } = useAction(changeOrgStatusAction, { onSuccess: () => router.refresh() });
  const errors = result.validationErrors?.fieldErrors ?? {};
  if (!editable) return <p className="text-sm text-muted-foreground">{org.name} is suspended. Reinstate it below; its status can be changed after that.</p>;
  return (
    <form
      aria-label="Subscription status"
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ orgId: org.id, status: status as (typeof EDITABLE_STATUSES)[number], trialEndsAt: status === "trial" ? trialEndsAt : "" });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="The status was not changed">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label="Status" error={errors.status} hint={`Members get: ${STATUS_EFFECT[status]}`}>
        <NativeSelect value={status} onChange={(event) => setStatus(event.target.value as SubscriptionStatus)}>
          {EDITABLE_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABEL[value]}
            </option>
          ))}
        </NativeSelect>
      </Field>
      {status === "trial" ? (
        <Field label="Trial ends" error={errors.trialEndsAt} hint="The last day of the trial (UTC)." required>
          <DateField value={trialEndsAt} onChange={setTrialEndsAt} />
        </Field>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Change status"}
        </Button>
        <Saved show={hasSucceeded} />
      </div>
    </form>
  );
}

/** The org's own monthly AI budget; empty gives it back its plan's default. */
export function OrgAiBudgetForm({ org, customUsd, defaultUsd }: { org: Org; customUsd: string | null; defaultUsd: string }) {
  const router = useRouter();
  const [budget, setBudget] = useState(customUsd ?? "");
  const { execute, result, isPending, hasSucceeded } = useAction(setOrgAiBudgetAction, { onSuccess: () => router.refresh() });
  return (
    <form
      aria-label="AI budget"
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ orgId: org.id, budgetUsd: budget });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="The budget was not changed">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field
        label="Monthly AI budget (USD)"
        error={result.validationErrors?.fieldErrors?.budgetUsd}
        hint={`Leave empty for the ${TIERS[org.tier].label} plan's default, USD ${defaultUsd}. AI runs that would pass it are refused until next month.`}
      >
        <Input inputMode="decimal" placeholder={defaultUsd} value={budget} onChange={(event) => setBudget(event.target.value)} />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save budget"}
        </Button>
        <Saved show={hasSucceeded} />
      </div>
    </form>
  );
}
