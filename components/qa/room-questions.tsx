import { MessagesSquare } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { listQuestions } from "@/lib/qa/list-questions";
import { listQuestionsQuerySchema } from "@/lib/qa/schemas";
import { qaHref } from "./qa-href";
import { QaTable } from "./qa-table";

type Props = { tenant: TenantContext; roomId: string; emptyText: string };

/** The questions asked in one deal room, newest first, with the way to the whole list (filters, export). */
export async function RoomQuestions({ tenant, roomId, emptyText }: Props) {
  const query = listQuestionsQuerySchema.parse({ room: roomId, sort: "newest" });
  const now = new Date();
  const { rows, total, side } = await listQuestions(tenant, query, now);
  return (
    <section aria-labelledby="room-questions" className="grid gap-3">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="room-questions" className="text-lg font-semibold">
          Questions in this room
        </h2>
        {total > rows.length ? (
          <Link className="text-sm font-medium underline" href={qaHref("/qa", query)}>
            All {total.toLocaleString("en")} questions
          </Link>
        ) : null}
      </div>
      {rows.length ? <QaTable rows={rows} side={side} now={now} /> : <EmptyState icon={MessagesSquare} title="No questions yet" description={emptyText} />}
    </section>
  );
}
