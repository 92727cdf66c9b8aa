"use client";

import { Pause, Pencil, Play, Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteMandateAction, setMandateActiveAction } from "@/lib/matching/mandates/actions";

type Props = { mandateId: string; name: string; isActive: boolean; matchCount: number };

/** Edit, pause or resume, and delete (after a confirmation) one mandate. Shown to those who may write. */
export function MandateControls({ mandateId, name, isActive, matchCount }: Props) {
  const router = useRouter();
  const toggle = useAction(setMandateActiveAction, { onSuccess: () => router.refresh() });
  const remove = useAction(deleteMandateAction, { onSuccess: () => router.push("/mandates") });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="outline" asChild>
        <Link href={`/mandates/${mandateId}/edit`}>
          <Pencil aria-hidden /> Edit
        </Link>
      </Button>
      <Button variant="outline" disabled={toggle.isPending} aria-busy={toggle.isPending} onClick={() => toggle.execute({ mandateId, active: !isActive })}>
        {isActive ? <Pause aria-hidden /> : <Play aria-hidden />}
        {isActive ? "Pause" : "Resume"}
      </Button>
      <ConfirmDialog
        trigger={
          <Button variant="outline">
            <Trash2 aria-hidden /> Delete
          </Button>
        }
        title={`Delete “${name}”?`}
        description={
          matchCount > 0
            ? `Of its ${matchCount} match${matchCount === 1 ? "" : "es"}, those anyone has acted on stay in your inbox with their notes and messages; untouched suggestions go. This cannot be undone.`
            : "It will no longer be matched with projects. This cannot be undone."
        }
        confirmLabel="Delete mandate"
        pendingLabel="Deleting…"
        error={remove.result.serverError?.message}
        onConfirm={async () => {
          const outcome = await remove.executeAsync({ mandateId });
          return !outcome?.serverError;
        }}
      />
      {toggle.result.serverError ? (
        <p role="alert" className="w-full text-sm text-danger">
          {toggle.result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
