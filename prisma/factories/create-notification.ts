import type { NotificationKind } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateNotificationInput = {
  orgId: string;
  userId: string;
  kind?: NotificationKind;
  title?: string;
  message?: string;
  link?: string | null;
  /** What it reports; one row per user and source, so a second call returns the first row. */
  sourceKey?: string;
  readAt?: Date | null;
  createdAt?: Date;
};

/** One notification for one user, or the one that user already has for the same source. */
export async function createNotification(db: FactoryDb, input: CreateNotificationInput) {
  const sourceKey = input.sourceKey ?? `test:${uniqueSuffix()}`;
  return db.notification.upsert({
    where: { userId_sourceKey: { userId: input.userId, sourceKey } },
    update: {},
    create: {
      orgId: input.orgId,
      userId: input.userId,
      kind: input.kind ?? "info",
      title: input.title ?? "Something happened",
      message: input.message ?? "Details of what happened.",
      link: input.link ?? null,
      sourceKey,
      readAt: input.readAt ?? null,
      createdAt: input.createdAt,
    },
  });
}
