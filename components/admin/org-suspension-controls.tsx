"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { reinstateOrgAction, suspendOrgAction } from "@/lib/admin/actions";
import { STATUS_LABEL } from "@/lib/admin/status-labels";
import type { SubscriptionStatus } from "@/lib/db/generated/client";

type Props = { org: { id: string; name: string; type: string; status: SubscriptionStatus }; restoresTo: SubscriptionStatus };

/** Suspend (with a reason, confirmed with what members will see) or reinstate. The platform's own org is never offered the first. */
export function OrgSuspensionControls({ org, restoresTo }: Props) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const suspend = useAction(suspendOrgAction);
  const reinstate = useAction(reinstateOrgAction);

  if (org.status === "suspended") {
    return (
      <div className="grid gap-3">
        <p className="text-sm text-muted-foreground">
          Members land on the suspended page and can open nothing. Reinstating gives them back {STATUS_LABEL[restoresTo].toLowerCase()} access.
        </p>
        <div>
          <ConfirmDialog
            trigger={<Button variant="outline">Reinstate {org.name}</Button>}
            title={`Reinstate ${org.name}?`}
            description={`Its members can sign in and work again from their next click, as a ${STATUS_LABEL[restoresTo].toLowerCase()} organisation. The change is recorded in its audit log.`}
            confirmLabel="Reinstate"
            pendingLabel="Reinstating…"
            destructive={false}
            error={reinstate.result.serverError?.message}
            onConfirm={async () => {
              const outcome = await reinstate.executeAsync({ orgId: org.id });
              if (!outcome?.data) return false;
              router.refresh();
            }}
          />
        </div>
      </div>
    );
  }
  if (org.type === "ADMIN") {
    return (
      <p className="text-sm text-muted-foreground">This is the platform&apos;s own organisation: it cannot be suspended, or nobody could reinstate organisations.</p>
    );
  }
  const errors = suspend.result.validationErrors?.fieldErrors ?? {};
  return (
    <div className="grid gap-3">
      <Field label="Reason for suspending" hint="Kept in the organisation's audit log." error={errors.reason}>
        <Textarea rows={2} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
      </Field>
      <div>
        <ConfirmDialog
          trigger={<Button variant="destructive">Suspend {org.name}</Button>}
          title={`Suspend ${org.name}?`}
          description={`From their next click, its members land on a page saying “${org.name} is suspended” and can open or change nothing: no projects, data room or settings. Their data is kept. Reinstating later restores its ${STATUS_LABEL[org.status].toLowerCase()} status.`}
          confirmLabel="Suspend"
          pendingLabel="Suspending…"
          error={suspend.result.serverError?.message ?? errors.reason?.[0]}
          onConfirm={async () => {
            const outcome = await suspend.executeAsync({ orgId: org.id, reason });
            if (!outcome?.data) return false;
            setReason("");
            router.refresh();
          }}
        />
      </div>
    </div>
  );
}
