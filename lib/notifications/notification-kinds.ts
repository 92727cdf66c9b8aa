/** The kinds a notification can be; the bell, the list and the mail preferences speak these. Safe for client components. */
export const NOTIFICATION_KINDS = ["action_required", "warning", "mention", "info", "system"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, { label: string; description: string }> = {
  action_required: { label: "Action required", description: "Something waits for you, such as a redaction to review." },
  warning: { label: "Warnings", description: "Something went wrong, such as a Signal Score that failed." },
  mention: { label: "Shared with you", description: "Someone shared a document with you or named you." },
  info: { label: "Updates", description: "Work finished, such as a completed Signal Score." },
  system: { label: "Platform notices", description: "Announcements from the platform's operators." },
};
