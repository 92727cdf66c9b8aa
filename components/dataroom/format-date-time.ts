import { format } from "date-fns";

/** One rendering of instants everywhere in the data room, in UTC so server and browser agree. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${format(new Date(date.getTime() + date.getTimezoneOffset() * 60_000), "d MMM yyyy, HH:mm")} UTC`;
}
