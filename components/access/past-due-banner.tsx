import { Alert } from "@/components/ui/alert";

/** Shown on every page of a past-due org: it can read everything and change nothing until billing is settled. */
export function PastDueBanner({ canManage }: { canManage: boolean }) {
  return (
    <Alert variant="warning" title="Your subscription is past due: the workspace is read-only" className="mb-6">
      {canManage
        ? "Settle the outstanding invoice with SCR Platform billing to make changes again. Everything stays readable meanwhile."
        : "An admin of your organisation can settle the outstanding invoice to make changes possible again. Everything stays readable meanwhile."}
    </Alert>
  );
}
