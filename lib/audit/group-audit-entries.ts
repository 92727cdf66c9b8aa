import { listWords } from "./sentence-parts";
import type { AuditFeedEntry, AuditRowDto, SentencePart } from "./types";

/** Entries of one run this close to its newest entry fold together; a job writes its batch within seconds. */
export const GROUP_WINDOW_MS = 10 * 60 * 1000;

type Groupable = { noun: [one: string, many: string]; verb: string; item: (row: AuditRowDto) => string | null };

const valuePart = (row: AuditRowDto) => row.sentence.find((part) => part.emphasis === "value")?.text ?? null;

/** The actions a job writes in floods (one per badge per person, one per quest), and what names each item. */
const GROUPABLE: Record<string, Groupable> = {
  "badge.awarded": { noun: ["badge", "badges"], verb: "awarded", item: (row) => (typeof row.after?.badgeName === "string" ? row.after.badgeName : valuePart(row)) },
  "quest.created": {
    noun: ["improvement quest", "improvement quests"],
    verb: "created",
    item: (row) => row.entityLabel ?? (typeof row.after?.title === "string" ? row.after.title : null),
  },
};

/** "Data Room Pro, Score Climber ×2 and Version Control": each name once, counted, alphabetically (a batch shares one moment). */
function itemList(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of [...names].sort((a, b) => a.localeCompare(b))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return listWords([...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)));
}

function groupSentence(rule: Groupable, rows: AuditRowDto[]): SentencePart[] {
  const names = rows.map(rule.item).filter((name): name is string => Boolean(name));
  const head = `${rows.length} ${rule.noun[1]} ${rule.verb}`;
  return names.length ? [{ text: `${head}: ` }, { text: itemList(names), emphasis: "value" }] : [{ text: head }];
}

const sameRun = (run: AuditRowDto[], row: AuditRowDto, windowMs: number) =>
  row.action === run[0].action &&
  row.projectId === run[0].projectId &&
  (row.actor?.id ?? null) === (run[0].actor?.id ?? null) &&
  Math.abs(Date.parse(run[0].at) - Date.parse(row.at)) <= windowMs;

/**
 * Folds consecutive entries of a flooding action (same action, same project or org-wide, same
 * actor, within the window) into one group entry; everything else passes through in order.
 * Rows come newest first and stay so inside a group.
 */
export function groupAuditEntries(rows: AuditRowDto[], windowMs = GROUP_WINDOW_MS): AuditFeedEntry[] {
  // Rows of one instant have no order of their own (a batch): like actions side by side, so a flood folds whole.
  const firstOfAction = new Map<string, number>();
  rows.forEach((row, index) => firstOfAction.set(`${row.at} ${row.action}`, firstOfAction.get(`${row.at} ${row.action}`) ?? index));
  const ordered = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (a.row.at !== b.row.at) return a.index - b.index;
      return firstOfAction.get(`${a.row.at} ${a.row.action}`)! - firstOfAction.get(`${b.row.at} ${b.row.action}`)! || a.index - b.index;
    });
  const entries: AuditFeedEntry[] = [];
  let run: AuditRowDto[] = [];
  const flush = () => {
    const rule = run.length ? GROUPABLE[run[0].action] : undefined;
    if (rule && run.length > 1)
      entries.push({ kind: "group", id: `group-${run[0].id}`, at: run[0].at, action: run[0].action, sentence: groupSentence(rule, run), rows: run });
    else run.forEach((row) => entries.push({ kind: "single", row }));
    run = [];
  };
  for (const { row } of ordered) {
    if (run.length && GROUPABLE[row.action] && sameRun(run, row, windowMs)) {
      run.push(row);
      continue;
    }
    flush();
    run = [row];
  }
  flush();
  return entries;
}
