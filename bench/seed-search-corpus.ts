/**
 * A data room corpus for search benchmarks: documents of renewable-energy prose, page by page,
 * stored as the upload job stores them (a COMPLETED TEXT extraction: content and result.pages),
 * so the search index (document_search_chunks) is written by the same trigger as in production.
 * Deterministic: each sentence is picked by PostgreSQL's hashint4 of the document, page and
 * sentence numbers from the pools of bench/search-corpus-text.ts, inside the database
 * (generate_series), so 2,000 documents of 20 pages load without sending 85 MB over the wire.
 */
import type { DbClient } from "../lib/db/create-db-client";
import { createProject, createUser } from "../prisma/factories";
import { GENERAL_SENTENCES, PLACES, RARE_SENTENCE, SENTENCES_PER_TOPIC, TOPICS } from "./search-corpus-text";

export type SearchCorpus = { orgId: string; projectId: string; userId: string; documents: number; pages: number; seconds: number };

/** Documents per INSERT; two run at once (the trigger's parsing is the cost, one core each). */
const BATCH = 100;
const PARALLEL = 2;
const SENTENCES_PER_PAGE = 26;

/**
 * Seeds `documents` documents of `pages` pages (about 2,100 characters a page) into one project of
 * the org, then ANALYZEs. Topics rotate (wind, solar, hydro, storage, finance, ESG); one document
 * in 97 says the rare sentence on page 7; one in 40 is deleted; one in 25 has a newer version (the
 * older one stays, hidden from search). Classifications: CONFIDENTIAL, PUBLIC, none, RESTRICTED.
 * Once per org (ids derive from the org and the document number).
 */
export async function seedSearchCorpus(db: DbClient, orgId: string, options: { documents?: number; pages?: number; projectId?: string } = {}): Promise<SearchCorpus> {
  const started = performance.now();
  const documents = options.documents ?? 2_000;
  const pages = options.pages ?? 20;
  const user = await createUser(db, { orgId, role: "admin", email: `search-bench-${orgId}@bench.example` });
  const projectId = options.projectId ?? (await createProject(db, { orgId, slug: `search-bench-${orgId.slice(0, 8)}`, name: "Search bench" })).id;
  const types = TOPICS.flatMap((t) => t.documentTypes);
  const typesPerTopic = TOPICS[0].documentTypes.length;

  await db.$executeRaw`
    INSERT INTO documents (id, org_id, project_id, name, file_type, mime_type, s3_key, s3_bucket, file_size_bytes, version, status,
                           uploaded_by, checksum_sha256, classification, is_deleted, created_at, updated_at)
    SELECT md5(${orgId} || ':' || d)::uuid, ${orgId}::uuid, ${projectId}::uuid,
           (${PLACES}::text[])[1 + d % ${PLACES.length}] || ' ' || (${types}::text[])[1 + (d % ${TOPICS.length}) * ${typesPerTopic} + (d / ${TOPICS.length}) % ${typesPerTopic}] || ' ' || d || '.pdf',
           'pdf', 'application/pdf', 'bench/' || ${orgId} || '/' || d || '.pdf', 'scr-bench', 40000 + d, 1, 'READY',
           ${user.id}::uuid, md5(d::text) || md5(d::text),
           (ARRAY['CONFIDENTIAL', 'PUBLIC', NULL, 'CONFIDENTIAL', 'RESTRICTED']::document_classification[])[1 + d % 5],
           d % 40 = 0, now() - d * interval '1 minute', now()
    FROM generate_series(1, ${documents}::int) d`;

  const batches: [number, number][] = [];
  for (let first = 1; first <= documents; first += BATCH) batches.push([first, Math.min(documents, first + BATCH - 1)]);
  for (let i = 0; i < batches.length; i += PARALLEL) {
    await Promise.all(batches.slice(i, i + PARALLEL).map(([first, last]) => insertExtractions(db, orgId, first, last, pages)));
  }

  // A newer version of one document in 25: same text, its own extraction (the trigger indexes it).
  await db.$executeRaw`
    INSERT INTO documents (id, org_id, project_id, name, file_type, mime_type, s3_key, s3_bucket, file_size_bytes, version, parent_version_id, status,
                           uploaded_by, checksum_sha256, classification, is_deleted, created_at, updated_at)
    SELECT md5(${orgId} || ':v2:' || d.id)::uuid, d.org_id, d.project_id, d.name, d.file_type, d.mime_type, d.s3_key || '.v2', d.s3_bucket, d.file_size_bytes,
           2, d.id, d.status, d.uploaded_by, d.checksum_sha256, d.classification, false, now(), now()
    FROM documents d
    WHERE d.org_id = ${orgId}::uuid AND d.s3_bucket = 'scr-bench' AND d.version = 1 AND NOT d.is_deleted AND (d.file_size_bytes - 40000) % 25 = 0`;
  await db.$executeRaw`
    INSERT INTO document_extractions (document_id, extraction_type, content, result, page_count, status, updated_at)
    SELECT v2.id, 'TEXT', e.content, e.result, e.page_count, 'COMPLETED', now()
    FROM documents v2 JOIN document_extractions e ON e.document_id = v2.parent_version_id AND e.extraction_type = 'TEXT'
    WHERE v2.org_id = ${orgId}::uuid AND v2.s3_bucket = 'scr-bench' AND v2.version = 2`;

  // The state autovacuum leaves tables in: fresh planner statistics.
  await db.$executeRawUnsafe("VACUUM ANALYZE documents, document_extractions, document_search_chunks, document_search_passages");
  return { orgId, projectId, userId: user.id, documents, pages, seconds: (performance.now() - started) / 1000 };
}

async function insertExtractions(db: DbClient, orgId: string, first: number, last: number, pages: number) {
  const topicSentences = TOPICS.flatMap((t) => t.sentences);
  await db.$executeRaw`
    INSERT INTO document_extractions (document_id, extraction_type, content, result, page_count, status, updated_at)
    SELECT md5(${orgId} || ':' || d)::uuid, 'TEXT', string_agg(text, E'\n\n' ORDER BY p),
           jsonb_build_object('pages', jsonb_agg(jsonb_build_object('page', p, 'text', text) ORDER BY p)), count(*)::int, 'COMPLETED', now()
    FROM (
      SELECT d, p, (
        SELECT string_agg(
          CASE WHEN abs(hashint4(d * 1000 + p * 40 + k)) % 10 < 6
               THEN (${topicSentences}::text[])[1 + (d % ${TOPICS.length}) * ${SENTENCES_PER_TOPIC} + abs(hashint4(d * 7919 + p * 131 + k)) % ${SENTENCES_PER_TOPIC}]
               ELSE (${GENERAL_SENTENCES}::text[])[1 + abs(hashint4(d * 104729 + p * 17 + k)) % ${GENERAL_SENTENCES.length}] END
          || CASE WHEN k % 9 = 0 THEN ' Site ' || (${PLACES}::text[])[1 + (d + k) % ${PLACES.length}] || ' reference ' || (d * 31 + p * 7 + k) || '.' ELSE '' END
          || CASE WHEN d % 97 = 0 AND p = 7 AND k = 3 THEN ' ' || ${RARE_SENTENCE} ELSE '' END,
          ' ' ORDER BY k)
        FROM generate_series(1, ${SENTENCES_PER_PAGE}::int) k) AS text
      FROM generate_series(${first}::int, ${last}::int) d CROSS JOIN generate_series(1, ${pages}::int) p
    ) page
    GROUP BY d`;
}
