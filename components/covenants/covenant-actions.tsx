"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { deleteCovenantAction, reinstateCovenantAction, waiveCovenantAction } from "@/lib/covenants/actions";

type Props = { covenantId: string; name: string; waived: boolean; canWaive: boolean; canDelete: boolean };

/** Waive (with the manager's reason), reinstate, or remove a covenant; each asks first. */
export function CovenantActions({ covenantId, name, waived, canWaive, canDelete }: Props) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const waive = useAction(waiveCovenantAction);
  const reinstate = useAction(reinstateCovenantAction);
  const remove = useAction(deleteCovenantAction);
  const done = (outcome: { data?: unknown } | undefined) => {
    if (!outcome?.data) return false;
    router.refresh();
  };
  const waiveErrors = waive.result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
  return (
    <div className="flex flex-wrap gap-2">
      {canWaive && !waived ? (
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="outline">
              Waive
            </Button>
          }
          title={`Waive ${name}?`}
          description="Checks skip a waived covenant until it is reinstated. The reason is kept in its history and the audit log."
          confirmLabel="Waive covenant"
          destructive={false}
          error={waive.result.serverError?.message}
          onConfirm={async () => done(await waive.executeAsync({ covenantId, note }))}
        >
          <Field label="Reason" required error={waiveErrors?.note}>
            <Textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} placeholder="Approved by the investment committee on…" />
          </Field>
        </ConfirmDialog>
      ) : null}
      {canWaive && waived ? (
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="outline">
              Reinstate
            </Button>
          }
          title={`Reinstate ${name}?`}
          description="The covenant is monitored again and checked at once."
          confirmLabel="Reinstate and check"
          destructive={false}
          error={reinstate.result.serverError?.message}
          onConfirm={async () => done(await reinstate.executeAsync({ covenantId }))}
        />
      ) : null}
      {canDelete ? (
        <ConfirmDialog
          trigger={
            <Button size="sm" variant="ghost" className="text-danger">
              Remove
            </Button>
          }
          title={`Remove ${name}?`}
          description="The covenant and its check history are deleted. The audit log keeps that it existed."
          confirmLabel="Remove covenant"
          error={remove.result.serverError?.message}
          onConfirm={async () => done(await remove.executeAsync({ covenantId }))}
        />
      ) : null}
    </div>
  );
}
