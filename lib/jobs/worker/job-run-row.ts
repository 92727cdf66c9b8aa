/** The columns of a claimed `job_runs` row the worker reads (raw SQL, snake_case). */
export type JobRunRow = {
  id: string;
  job_id: string;
  event_id: string | null;
  event_name: string;
  org_id: string | null;
  payload: unknown;
  attempts: number;
  max_attempts: number;
  finished_at: Date | null;
};
