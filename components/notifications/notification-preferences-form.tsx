"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { updateNotificationPreferencesAction } from "@/lib/notifications/actions";
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";
import type { NotificationPreferences } from "@/lib/notifications/notification-preferences";

/** Which kinds come by mail, and the weekly digest; notifications always appear in the app. */
export function NotificationPreferencesForm({ initial, email }: { initial: NotificationPreferences; email: string }) {
  const [preferences, setPreferences] = useState(initial);
  const { execute, isPending, result, hasSucceeded } = useAction(updateNotificationPreferencesAction, {
    onSuccess: ({ data }) => data && setPreferences(data),
  });
  return (
    <form
      className="grid max-w-2xl gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        execute(preferences);
      }}
    >
      <fieldset className="grid gap-3 rounded-lg border border-border bg-surface p-5">
        <legend className="px-1 text-sm font-semibold">Send me an email for</legend>
        <p className="text-sm text-muted-foreground">Mail goes to {email}. Everything also appears under the bell, whatever you choose here.</p>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="flex items-start gap-3 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-4 accent-primary"
              checked={preferences.email[kind]}
              onChange={(event) => setPreferences((p) => ({ ...p, email: { ...p.email, [kind]: event.target.checked } }))}
            />
            <span className="grid gap-0.5">
              <span className="font-medium">{NOTIFICATION_KIND_LABELS[kind].label}</span>
              <span className="text-muted-foreground">{NOTIFICATION_KIND_LABELS[kind].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-border bg-surface p-5">
        <legend className="px-1 text-sm font-semibold">Weekly digest</legend>
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4 accent-primary"
            checked={preferences.weeklyDigest}
            onChange={(event) => setPreferences((p) => ({ ...p, weeklyDigest: event.target.checked }))}
          />
          <span className="grid gap-0.5">
            <span className="font-medium">Email me a weekly digest</span>
            <span className="text-muted-foreground">
              On Monday mornings, a summary of last week&apos;s notifications you have not read. Nothing is sent if there are none.
            </span>
          </span>
        </label>
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? "Saving…" : "Save settings"}
        </Button>
        {result.serverError ? (
          <p role="alert" className="text-sm text-danger">
            {result.serverError.message}
          </p>
        ) : hasSucceeded ? (
          <p role="status" className="text-sm text-success">
            Saved.
          </p>
        ) : null}
      </div>
    </form>
  );
}
