-- CreateEnum
CREATE TYPE "ai_context_type" AS ENUM ('GENERAL', 'PROJECT', 'PORTFOLIO', 'DOCUMENT', 'DEAL_ROOM', 'MATCH', 'DEAL_SCREEN', 'SIGNAL_SCORE');

-- CreateEnum
CREATE TYPE "ai_message_role" AS ENUM ('user', 'assistant', 'tool');

-- CreateEnum
CREATE TYPE "document_status" AS ENUM ('UPLOADING', 'PROCESSING', 'READY', 'ERROR');

-- CreateEnum
CREATE TYPE "document_classification" AS ENUM ('PUBLIC', 'CONFIDENTIAL', 'RESTRICTED', 'TOP_SECRET');

-- CreateEnum
CREATE TYPE "document_extraction_type" AS ENUM ('TEXT', 'SUMMARY', 'ENTITIES', 'KEY_FIGURES', 'TABLES', 'CLASSIFICATION');

-- CreateEnum
CREATE TYPE "document_access_action" AS ENUM ('VIEWED', 'DOWNLOADED', 'SHARED', 'ANNOTATED', 'PRINTED');

-- CreateEnum
CREATE TYPE "annotation_type" AS ENUM ('HIGHLIGHT', 'COMMENT', 'BOOKMARK');

-- CreateEnum
CREATE TYPE "deal_recommendation" AS ENUM ('PASS', 'REVIEW', 'REJECT');

-- CreateEnum
CREATE TYPE "match_status" AS ENUM ('SUGGESTED', 'VIEWED', 'INTERESTED', 'DECLINED', 'CONNECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "match_initiator" AS ENUM ('SYSTEM', 'INVESTOR', 'ALLY');

-- CreateEnum
CREATE TYPE "portfolio_status" AS ENUM ('ACTIVE', 'CLOSED', 'LIQUIDATING');

-- CreateEnum
CREATE TYPE "holding_status" AS ENUM ('ACTIVE', 'EXITED', 'WRITTEN_OFF');

-- CreateEnum
CREATE TYPE "covenant_status" AS ENUM ('OK', 'WARNING', 'BREACH', 'WAIVED');

-- CreateEnum
CREATE TYPE "ai_task_status" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "ai_agent_type" AS ENUM ('SIGNAL_SCORE', 'DEAL_SCREENING', 'INVESTMENT_MEMO', 'MATCHING', 'DOCUMENT_EXTRACTION', 'DOCUMENT_CLASSIFICATION', 'PII_REDACTION', 'RISK_ANALYSIS', 'LEGAL_ANALYSIS', 'ESG_ANALYSIS', 'VALUATION', 'CARBON_ESTIMATION', 'QA_ANSWER_DRAFT', 'IMPROVEMENT_QUESTS', 'RALPH_CHAT', 'PORTFOLIO_INSIGHTS');

-- CreateEnum
CREATE TYPE "analysis_extraction_type" AS ENUM ('QUALITY_ASSESSMENT', 'RISK_FLAGS', 'DEAL_RELEVANCE', 'COMPLETENESS_CHECK', 'KEY_FIGURES', 'ENTITY_EXTRACTION', 'SUMMARY', 'FINANCIAL_METRICS', 'LEGAL_CLAUSES', 'ESG_FACTS', 'CLASSIFICATION');

-- CreateTable
CREATE TABLE "ai_conversations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "context_type" "ai_context_type" NOT NULL DEFAULT 'GENERAL',
    "context_entity_id" UUID,
    "title" VARCHAR(500) NOT NULL,
    "summary" TEXT,
    "metadata_" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ai_conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "conversation_id" UUID NOT NULL,
    "role" "ai_message_role" NOT NULL,
    "content" TEXT NOT NULL,
    "model_used" VARCHAR(100),
    "tokens_input" INTEGER,
    "tokens_output" INTEGER,
    "tool_calls" JSONB,
    "tool_results" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ai_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "created_by" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL,
    "key_prefix" VARCHAR(8) NOT NULL,
    "scopes" JSONB NOT NULL DEFAULT '[]',
    "rate_limit_override" INTEGER,
    "expires_at" TIMESTAMP(3),
    "last_used_at" TIMESTAMP(3),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "blockchain_records" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "document_hash" CHAR(64) NOT NULL,
    "merkle_root" CHAR(64),
    "transaction_hash" VARCHAR(66),
    "block_number" BIGINT,
    "anchored_at" TIMESTAMP(3),
    "status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "blockchain_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_connectors" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(100) NOT NULL,
    "display_name" VARCHAR(255) NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "description" TEXT,
    "base_url" VARCHAR(500),
    "auth_type" VARCHAR(20) NOT NULL DEFAULT 'api_key',
    "is_available" BOOLEAN NOT NULL DEFAULT true,
    "pricing_tier" VARCHAR(20) NOT NULL DEFAULT 'free',
    "rate_limit_per_minute" INTEGER NOT NULL DEFAULT 60,
    "documentation_url" VARCHAR(500),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "data_connectors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "org_connector_configs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "is_enabled" BOOLEAN NOT NULL DEFAULT false,
    "api_key_encrypted" VARCHAR(1000),
    "config" JSONB NOT NULL DEFAULT '{}',
    "last_sync_at" TIMESTAMP(3),
    "last_error" VARCHAR(1000),
    "total_calls_this_month" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "org_connector_configs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_fetch_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "connector_id" UUID NOT NULL,
    "endpoint" VARCHAR(500),
    "status_code" INTEGER,
    "response_time_ms" INTEGER,
    "error_message" VARCHAR(1000),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_fetch_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "crm_connections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "provider" VARCHAR(20) NOT NULL,
    "access_token" TEXT NOT NULL,
    "refresh_token" TEXT,
    "token_expires_at" TIMESTAMP(3),
    "portal_id" VARCHAR(100),
    "instance_url" VARCHAR(500),
    "field_mappings" JSONB NOT NULL DEFAULT '{}',
    "sync_frequency" VARCHAR(20) NOT NULL DEFAULT 'hourly',
    "sync_direction" VARCHAR(20) NOT NULL DEFAULT 'push',
    "last_sync_at" TIMESTAMP(3),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "crm_connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "crm_sync_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "connection_id" UUID NOT NULL,
    "direction" VARCHAR(10) NOT NULL,
    "entity_type" VARCHAR(50) NOT NULL,
    "scr_entity_id" UUID,
    "crm_entity_id" VARCHAR(100),
    "status" VARCHAR(20) NOT NULL DEFAULT 'success',
    "error_message" TEXT,
    "records_processed" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "crm_sync_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "custom_domains" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "domain" VARCHAR(255) NOT NULL,
    "ssl_status" VARCHAR(20) NOT NULL DEFAULT 'PENDING',
    "acm_certificate_arn" VARCHAR(500),
    "is_active" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "custom_domains_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "project_id" UUID,
    "portfolio_id" UUID,
    "folder_id" UUID,
    "name" VARCHAR(500) NOT NULL,
    "file_type" VARCHAR(20) NOT NULL,
    "mime_type" VARCHAR(255) NOT NULL,
    "s3_key" VARCHAR(1000) NOT NULL,
    "s3_bucket" VARCHAR(255) NOT NULL,
    "file_size_bytes" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "parent_version_id" UUID,
    "status" "document_status" NOT NULL DEFAULT 'UPLOADING',
    "metadata_" JSONB,
    "uploaded_by" UUID NOT NULL,
    "checksum_sha256" CHAR(64) NOT NULL,
    "classification" "document_classification",
    "watermark_enabled" BOOLEAN NOT NULL DEFAULT false,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_folders" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "project_id" UUID,
    "parent_folder_id" UUID,
    "name" VARCHAR(255) NOT NULL,
    "is_deleted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "document_folders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_extractions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "extraction_type" "document_extraction_type" NOT NULL,
    "content" TEXT,
    "result" JSONB,
    "page_count" INTEGER,
    "status" "ai_task_status" NOT NULL DEFAULT 'PENDING',
    "error_message" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "document_extractions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_access_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "document_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "user_id" UUID,
    "action" "document_access_action" NOT NULL,
    "ip_address" VARCHAR(45),
    "user_agent" TEXT,
    "metadata_" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_access_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "redaction_jobs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "created_by" UUID,
    "status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "detected_entities" JSONB,
    "approved_redactions" JSONB,
    "redacted_document_id" UUID,
    "redacted_s3_key" VARCHAR(1024),
    "error_message" TEXT,
    "entity_count" INTEGER NOT NULL DEFAULT 0,
    "approved_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "redaction_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_annotations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "type" "annotation_type" NOT NULL,
    "page_number" INTEGER NOT NULL DEFAULT 1,
    "position" JSONB NOT NULL DEFAULT '{}',
    "text" TEXT,
    "color" VARCHAR(7),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "document_annotations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deal_screens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "status" "ai_task_status" NOT NULL DEFAULT 'PENDING',
    "recommendation" "deal_recommendation",
    "overall_score" DECIMAL(5,2),
    "rationale" TEXT,
    "key_strengths" JSONB,
    "key_risks" JSONB,
    "next_steps" JSONB,
    "model_used" VARCHAR(100),
    "triggered_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "deal_screens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "investment_memos" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "deal_screen_id" UUID,
    "title" VARCHAR(500) NOT NULL,
    "content" TEXT NOT NULL,
    "summary" TEXT,
    "sections" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "investment_memos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deal_rooms" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "project_id" UUID NOT NULL,
    "ally_org_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'open',
    "nda_required" BOOLEAN NOT NULL DEFAULT true,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "deal_rooms_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deal_room_members" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deal_room_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "invited_by" UUID,
    "nda_accepted_at" TIMESTAMP(3),
    "access_level" VARCHAR(20) NOT NULL DEFAULT 'viewer',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deal_room_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feature_flags" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "feature_key" VARCHAR(100) NOT NULL,
    "is_enabled" BOOLEAN NOT NULL DEFAULT false,
    "config" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "feature_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "badges" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" VARCHAR(100) NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "icon" VARCHAR(20),
    "category" VARCHAR(50) NOT NULL,
    "criteria" JSONB NOT NULL DEFAULT '{}',
    "points" INTEGER NOT NULL DEFAULT 0,
    "rarity" VARCHAR(20) NOT NULL DEFAULT 'common',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "badges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_badges" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "project_id" UUID,
    "badge_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_badges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "improvement_quests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "project_id" UUID NOT NULL,
    "title" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "action_type" VARCHAR(50) NOT NULL,
    "target_dimension" VARCHAR(100),
    "estimated_score_impact" INTEGER NOT NULL DEFAULT 0,
    "reward_badge_id" UUID,
    "status" VARCHAR(20) NOT NULL DEFAULT 'active',
    "completed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "improvement_quests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "investor_mandates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "project_types" "project_type"[] DEFAULT ARRAY[]::"project_type"[],
    "geographies" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "stages" "project_stage"[] DEFAULT ARRAY[]::"project_stage"[],
    "ticket_size_min" DECIMAL(19,4),
    "ticket_size_max" DECIMAL(19,4),
    "currency" CHAR(3) NOT NULL,
    "target_irr_pct" DECIMAL(7,4),
    "esg_requirements" JSONB NOT NULL DEFAULT '{}',
    "instrument_types" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "investor_mandates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_results" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "investor_org_id" UUID NOT NULL,
    "ally_org_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "mandate_id" UUID,
    "overall_score" INTEGER NOT NULL DEFAULT 0,
    "score_breakdown" JSONB,
    "status" "match_status" NOT NULL DEFAULT 'SUGGESTED',
    "initiated_by" "match_initiator" NOT NULL DEFAULT 'SYSTEM',
    "investor_notes" TEXT NOT NULL DEFAULT '',
    "ally_notes" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "match_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "match_id" UUID NOT NULL,
    "sender_id" UUID NOT NULL,
    "content" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "match_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "portfolios" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "description" TEXT,
    "currency" CHAR(3) NOT NULL,
    "target_size" DECIMAL(19,4),
    "vintage_year" INTEGER,
    "strategy" VARCHAR(100),
    "status" "portfolio_status" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "portfolios_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "portfolio_holdings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "portfolio_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "investment_date" DATE NOT NULL,
    "committed_amount" DECIMAL(19,4) NOT NULL,
    "invested_amount" DECIMAL(19,4) NOT NULL DEFAULT 0,
    "current_value" DECIMAL(19,4),
    "currency" CHAR(3) NOT NULL,
    "ownership_pct" DECIMAL(7,4),
    "status" "holding_status" NOT NULL DEFAULT 'ACTIVE',
    "exit_date" DATE,
    "exit_proceeds" DECIMAL(19,4),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "portfolio_holdings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "metric_snapshots" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "entity_type" VARCHAR(50) NOT NULL,
    "entity_id" UUID NOT NULL,
    "metric_type" VARCHAR(100) NOT NULL,
    "value" DECIMAL(19,6) NOT NULL,
    "currency" CHAR(3),
    "snapshot_date" DATE NOT NULL,
    "metadata_" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metric_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "covenants" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "holding_id" UUID NOT NULL,
    "name" VARCHAR(255) NOT NULL,
    "metric_name" VARCHAR(100) NOT NULL,
    "operator" VARCHAR(5) NOT NULL,
    "threshold_breach" DECIMAL(19,4) NOT NULL,
    "threshold_warning" DECIMAL(19,4),
    "current_value" DECIMAL(19,4),
    "status" "covenant_status" NOT NULL DEFAULT 'OK',
    "last_checked_at" TIMESTAMP(3),
    "breach_date" DATE,
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "covenants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "qa_questions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "deal_room_id" UUID,
    "project_id" UUID NOT NULL,
    "question_number" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "priority" VARCHAR(20) NOT NULL DEFAULT 'normal',
    "asked_by" UUID NOT NULL,
    "assigned_to" UUID,
    "assigned_team" VARCHAR(50),
    "status" VARCHAR(30) NOT NULL DEFAULT 'open',
    "sla_deadline" TIMESTAMP(3),
    "answered_at" TIMESTAMP(3),
    "sla_breached" BOOLEAN NOT NULL DEFAULT false,
    "linked_documents" UUID[],
    "tags" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "qa_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "qa_answers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "question_id" UUID NOT NULL,
    "answered_by" UUID NOT NULL,
    "content" TEXT NOT NULL,
    "linked_documents" UUID[],
    "is_final" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "qa_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signal_scores" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "project_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "overall_score" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "project_viability_score" DECIMAL(5,2),
    "financial_planning_score" DECIMAL(5,2),
    "risk_assessment_score" DECIMAL(5,2),
    "team_strength_score" DECIMAL(5,2),
    "esg_score" DECIMAL(5,2),
    "status" "ai_task_status" NOT NULL DEFAULT 'PENDING',
    "narrative" TEXT,
    "model_version" VARCHAR(50),
    "triggered_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "signal_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_task_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "agent_type" "ai_agent_type" NOT NULL,
    "entity_type" VARCHAR(100),
    "entity_id" UUID,
    "status" "ai_task_status" NOT NULL DEFAULT 'PENDING',
    "input_data" JSONB,
    "output_data" JSONB,
    "error_message" TEXT,
    "model_used" VARCHAR(100),
    "tokens_input" INTEGER,
    "tokens_output" INTEGER,
    "cost_usd" DECIMAL(12,6),
    "triggered_by" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ai_task_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prompt_templates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "task_type" VARCHAR(100) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "content" TEXT NOT NULL,
    "system_prompt" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "prompt_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analysis_extractions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "extraction_type" "analysis_extraction_type" NOT NULL,
    "content_hash" VARCHAR(64) NOT NULL,
    "result" JSONB NOT NULL DEFAULT '{}',
    "model_used" VARCHAR(100),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "analysis_extractions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_feedback" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "entity_type" VARCHAR(100) NOT NULL,
    "entity_id" UUID NOT NULL,
    "rating" SMALLINT NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ai_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lineage_records" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "entity_type" VARCHAR(100) NOT NULL,
    "entity_id" UUID NOT NULL,
    "source_type" VARCHAR(100) NOT NULL,
    "source_id" UUID NOT NULL,
    "contribution" VARCHAR(100),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lineage_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "ai_output_type" VARCHAR(100) NOT NULL,
    "ai_output_id" UUID NOT NULL,
    "citation_number" INTEGER NOT NULL DEFAULT 1,
    "document_id" UUID,
    "page_number" INTEGER,
    "excerpt" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_subscriptions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "org_id" UUID NOT NULL,
    "created_by" UUID,
    "url" VARCHAR(2048) NOT NULL,
    "secret" VARCHAR(255) NOT NULL,
    "events" JSONB NOT NULL DEFAULT '[]',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "failure_count" INTEGER NOT NULL DEFAULT 0,
    "disabled_reason" TEXT,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "webhook_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subscription_id" UUID NOT NULL,
    "org_id" UUID NOT NULL,
    "event_type" VARCHAR(100) NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" VARCHAR(20) NOT NULL DEFAULT 'pending',
    "response_status_code" INTEGER,
    "response_body" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_retry_at" TIMESTAMP(3),
    "delivered_at" TIMESTAMP(3),
    "error_message" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ai_conversations_org_id_idx" ON "ai_conversations"("org_id");

-- CreateIndex
CREATE INDEX "ai_conversations_user_id_idx" ON "ai_conversations"("user_id");

-- CreateIndex
CREATE INDEX "ai_conversations_context_type_idx" ON "ai_conversations"("context_type");

-- CreateIndex
CREATE INDEX "ai_conversations_user_id_context_type_idx" ON "ai_conversations"("user_id", "context_type");

-- CreateIndex
CREATE INDEX "ai_messages_conversation_id_idx" ON "ai_messages"("conversation_id");

-- CreateIndex
CREATE INDEX "ai_messages_role_idx" ON "ai_messages"("role");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_org_id_idx" ON "api_keys"("org_id");

-- CreateIndex
CREATE INDEX "blockchain_records_document_id_idx" ON "blockchain_records"("document_id");

-- CreateIndex
CREATE INDEX "blockchain_records_status_idx" ON "blockchain_records"("status");

-- CreateIndex
CREATE UNIQUE INDEX "data_connectors_name_key" ON "data_connectors"("name");

-- CreateIndex
CREATE UNIQUE INDEX "org_connector_configs_org_id_connector_id_key" ON "org_connector_configs"("org_id", "connector_id");

-- CreateIndex
CREATE INDEX "data_fetch_logs_org_id_created_at_idx" ON "data_fetch_logs"("org_id", "created_at");

-- CreateIndex
CREATE INDEX "data_fetch_logs_connector_id_idx" ON "data_fetch_logs"("connector_id");

-- CreateIndex
CREATE INDEX "crm_connections_org_id_idx" ON "crm_connections"("org_id");

-- CreateIndex
CREATE INDEX "crm_sync_logs_connection_id_created_at_idx" ON "crm_sync_logs"("connection_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "custom_domains_domain_key" ON "custom_domains"("domain");

-- CreateIndex
CREATE INDEX "custom_domains_org_id_idx" ON "custom_domains"("org_id");

-- CreateIndex
CREATE INDEX "documents_org_id_idx" ON "documents"("org_id");

-- CreateIndex
CREATE INDEX "documents_project_id_idx" ON "documents"("project_id");

-- CreateIndex
CREATE INDEX "documents_portfolio_id_idx" ON "documents"("portfolio_id");

-- CreateIndex
CREATE INDEX "documents_folder_id_idx" ON "documents"("folder_id");

-- CreateIndex
CREATE INDEX "documents_org_id_status_idx" ON "documents"("org_id", "status");

-- CreateIndex
CREATE INDEX "documents_uploaded_by_idx" ON "documents"("uploaded_by");

-- CreateIndex
CREATE INDEX "documents_parent_version_id_idx" ON "documents"("parent_version_id");

-- CreateIndex
CREATE INDEX "document_folders_org_id_idx" ON "document_folders"("org_id");

-- CreateIndex
CREATE INDEX "document_folders_project_id_idx" ON "document_folders"("project_id");

-- CreateIndex
CREATE INDEX "document_folders_parent_folder_id_idx" ON "document_folders"("parent_folder_id");

-- CreateIndex
CREATE INDEX "document_extractions_document_id_idx" ON "document_extractions"("document_id");

-- CreateIndex
CREATE INDEX "document_access_logs_document_id_idx" ON "document_access_logs"("document_id");

-- CreateIndex
CREATE INDEX "document_access_logs_org_id_idx" ON "document_access_logs"("org_id");

-- CreateIndex
CREATE INDEX "document_access_logs_user_id_idx" ON "document_access_logs"("user_id");

-- CreateIndex
CREATE INDEX "document_access_logs_action_idx" ON "document_access_logs"("action");

-- CreateIndex
CREATE INDEX "redaction_jobs_org_id_idx" ON "redaction_jobs"("org_id");

-- CreateIndex
CREATE INDEX "redaction_jobs_document_id_idx" ON "redaction_jobs"("document_id");

-- CreateIndex
CREATE INDEX "document_annotations_document_id_idx" ON "document_annotations"("document_id");

-- CreateIndex
CREATE INDEX "deal_screens_project_id_idx" ON "deal_screens"("project_id");

-- CreateIndex
CREATE UNIQUE INDEX "deal_screens_org_id_project_id_key" ON "deal_screens"("org_id", "project_id");

-- CreateIndex
CREATE INDEX "investment_memos_org_id_project_id_idx" ON "investment_memos"("org_id", "project_id");

-- CreateIndex
CREATE INDEX "investment_memos_deal_screen_id_idx" ON "investment_memos"("deal_screen_id");

-- CreateIndex
CREATE INDEX "deal_rooms_project_id_idx" ON "deal_rooms"("project_id");

-- CreateIndex
CREATE INDEX "deal_rooms_ally_org_id_idx" ON "deal_rooms"("ally_org_id");

-- CreateIndex
CREATE INDEX "deal_room_members_org_id_idx" ON "deal_room_members"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "deal_room_members_deal_room_id_org_id_key" ON "deal_room_members"("deal_room_id", "org_id");

-- CreateIndex
CREATE UNIQUE INDEX "feature_flags_org_id_feature_key_key" ON "feature_flags"("org_id", "feature_key");

-- CreateIndex
CREATE UNIQUE INDEX "badges_slug_key" ON "badges"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "uq_user_project_badge" ON "user_badges"("user_id", "project_id", "badge_id");

-- CreateIndex
CREATE INDEX "improvement_quests_project_id_status_idx" ON "improvement_quests"("project_id", "status");

-- CreateIndex
CREATE INDEX "investor_mandates_org_id_idx" ON "investor_mandates"("org_id");

-- CreateIndex
CREATE INDEX "investor_mandates_org_id_is_active_idx" ON "investor_mandates"("org_id", "is_active");

-- CreateIndex
CREATE INDEX "match_results_investor_org_id_idx" ON "match_results"("investor_org_id");

-- CreateIndex
CREATE INDEX "match_results_ally_org_id_idx" ON "match_results"("ally_org_id");

-- CreateIndex
CREATE INDEX "match_results_project_id_idx" ON "match_results"("project_id");

-- CreateIndex
CREATE INDEX "match_results_status_idx" ON "match_results"("status");

-- CreateIndex
CREATE INDEX "ix_match_results_investor_status" ON "match_results"("investor_org_id", "status");

-- CreateIndex
CREATE INDEX "ix_match_results_ally_status" ON "match_results"("ally_org_id", "status");

-- CreateIndex
CREATE INDEX "match_results_mandate_id_idx" ON "match_results"("mandate_id");

-- CreateIndex
CREATE INDEX "match_messages_match_id_created_at_idx" ON "match_messages"("match_id", "created_at");

-- CreateIndex
CREATE INDEX "portfolios_org_id_idx" ON "portfolios"("org_id");

-- CreateIndex
CREATE INDEX "portfolio_holdings_portfolio_id_idx" ON "portfolio_holdings"("portfolio_id");

-- CreateIndex
CREATE INDEX "portfolio_holdings_project_id_idx" ON "portfolio_holdings"("project_id");

-- CreateIndex
CREATE INDEX "metric_snapshots_org_id_idx" ON "metric_snapshots"("org_id");

-- CreateIndex
CREATE UNIQUE INDEX "metric_snapshots_entity_id_metric_type_snapshot_date_key" ON "metric_snapshots"("entity_id", "metric_type", "snapshot_date");

-- CreateIndex
CREATE INDEX "covenants_holding_id_idx" ON "covenants"("holding_id");

-- CreateIndex
CREATE INDEX "qa_questions_org_id_idx" ON "qa_questions"("org_id");

-- CreateIndex
CREATE INDEX "qa_questions_project_id_idx" ON "qa_questions"("project_id");

-- CreateIndex
CREATE INDEX "ix_qa_questions_org_project" ON "qa_questions"("org_id", "project_id");

-- CreateIndex
CREATE INDEX "qa_questions_status_idx" ON "qa_questions"("status");

-- CreateIndex
CREATE INDEX "ix_qa_questions_project_status" ON "qa_questions"("project_id", "status");

-- CreateIndex
CREATE INDEX "qa_questions_deal_room_id_idx" ON "qa_questions"("deal_room_id");

-- CreateIndex
CREATE UNIQUE INDEX "qa_questions_project_id_question_number_key" ON "qa_questions"("project_id", "question_number");

-- CreateIndex
CREATE INDEX "qa_answers_question_id_idx" ON "qa_answers"("question_id");

-- CreateIndex
CREATE INDEX "signal_scores_org_id_project_id_idx" ON "signal_scores"("org_id", "project_id");

-- CreateIndex
CREATE INDEX "signal_scores_project_id_idx" ON "signal_scores"("project_id");

-- CreateIndex
CREATE INDEX "signal_scores_status_idx" ON "signal_scores"("status");

-- CreateIndex
CREATE INDEX "signal_scores_project_id_version_idx" ON "signal_scores"("project_id", "version");

-- CreateIndex
CREATE INDEX "ai_task_logs_org_id_idx" ON "ai_task_logs"("org_id");

-- CreateIndex
CREATE INDEX "ai_task_logs_agent_type_idx" ON "ai_task_logs"("agent_type");

-- CreateIndex
CREATE INDEX "ai_task_logs_status_idx" ON "ai_task_logs"("status");

-- CreateIndex
CREATE INDEX "ix_ai_task_logs_entity" ON "ai_task_logs"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "prompt_templates_task_type_idx" ON "prompt_templates"("task_type");

-- CreateIndex
CREATE INDEX "prompt_templates_is_active_idx" ON "prompt_templates"("is_active");

-- CreateIndex
CREATE UNIQUE INDEX "uq_prompt_task_version" ON "prompt_templates"("task_type", "version");

-- CreateIndex
CREATE UNIQUE INDEX "analysis_extractions_document_id_extraction_type_content_ha_key" ON "analysis_extractions"("document_id", "extraction_type", "content_hash");

-- CreateIndex
CREATE INDEX "ai_feedback_entity_type_entity_id_idx" ON "ai_feedback"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "lineage_records_entity_type_entity_id_idx" ON "lineage_records"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "citations_ai_output_type_ai_output_id_idx" ON "citations"("ai_output_type", "ai_output_id");

-- CreateIndex
CREATE INDEX "citations_document_id_idx" ON "citations"("document_id");

-- CreateIndex
CREATE INDEX "webhook_subscriptions_org_id_idx" ON "webhook_subscriptions"("org_id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_subscription_id_idx" ON "webhook_deliveries"("subscription_id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_next_retry_at_idx" ON "webhook_deliveries"("status", "next_retry_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_org_id_idx" ON "webhook_deliveries"("org_id");

-- AddForeignKey
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "ai_conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blockchain_records" ADD CONSTRAINT "blockchain_records_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "blockchain_records" ADD CONSTRAINT "blockchain_records_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_connector_configs" ADD CONSTRAINT "org_connector_configs_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "data_connectors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_fetch_logs" ADD CONSTRAINT "data_fetch_logs_connector_id_fkey" FOREIGN KEY ("connector_id") REFERENCES "data_connectors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crm_connections" ADD CONSTRAINT "crm_connections_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "crm_sync_logs" ADD CONSTRAINT "crm_sync_logs_connection_id_fkey" FOREIGN KEY ("connection_id") REFERENCES "crm_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "custom_domains" ADD CONSTRAINT "custom_domains_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_portfolio_id_fkey" FOREIGN KEY ("portfolio_id") REFERENCES "portfolios"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_folder_id_fkey" FOREIGN KEY ("folder_id") REFERENCES "document_folders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_parent_version_id_fkey" FOREIGN KEY ("parent_version_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_fkey" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_folders" ADD CONSTRAINT "document_folders_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_folders" ADD CONSTRAINT "document_folders_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_folders" ADD CONSTRAINT "document_folders_parent_folder_id_fkey" FOREIGN KEY ("parent_folder_id") REFERENCES "document_folders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_extractions" ADD CONSTRAINT "document_extractions_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_access_logs" ADD CONSTRAINT "document_access_logs_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_access_logs" ADD CONSTRAINT "document_access_logs_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_access_logs" ADD CONSTRAINT "document_access_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_annotations" ADD CONSTRAINT "document_annotations_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_annotations" ADD CONSTRAINT "document_annotations_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_annotations" ADD CONSTRAINT "document_annotations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_screens" ADD CONSTRAINT "deal_screens_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_screens" ADD CONSTRAINT "deal_screens_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_screens" ADD CONSTRAINT "deal_screens_triggered_by_fkey" FOREIGN KEY ("triggered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investment_memos" ADD CONSTRAINT "investment_memos_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investment_memos" ADD CONSTRAINT "investment_memos_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investment_memos" ADD CONSTRAINT "investment_memos_deal_screen_id_fkey" FOREIGN KEY ("deal_screen_id") REFERENCES "deal_screens"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_rooms" ADD CONSTRAINT "deal_rooms_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_rooms" ADD CONSTRAINT "deal_rooms_ally_org_id_fkey" FOREIGN KEY ("ally_org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_rooms" ADD CONSTRAINT "deal_rooms_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_members" ADD CONSTRAINT "deal_room_members_deal_room_id_fkey" FOREIGN KEY ("deal_room_id") REFERENCES "deal_rooms"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_members" ADD CONSTRAINT "deal_room_members_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_room_members" ADD CONSTRAINT "deal_room_members_invited_by_fkey" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feature_flags" ADD CONSTRAINT "feature_flags_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_badges" ADD CONSTRAINT "user_badges_badge_id_fkey" FOREIGN KEY ("badge_id") REFERENCES "badges"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_quests" ADD CONSTRAINT "improvement_quests_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "improvement_quests" ADD CONSTRAINT "improvement_quests_reward_badge_id_fkey" FOREIGN KEY ("reward_badge_id") REFERENCES "badges"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investor_mandates" ADD CONSTRAINT "investor_mandates_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "investor_mandates" ADD CONSTRAINT "investor_mandates_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_investor_org_id_fkey" FOREIGN KEY ("investor_org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_ally_org_id_fkey" FOREIGN KEY ("ally_org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_mandate_id_fkey" FOREIGN KEY ("mandate_id") REFERENCES "investor_mandates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_messages" ADD CONSTRAINT "match_messages_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "match_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_messages" ADD CONSTRAINT "match_messages_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolios" ADD CONSTRAINT "portfolios_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_holdings" ADD CONSTRAINT "portfolio_holdings_portfolio_id_fkey" FOREIGN KEY ("portfolio_id") REFERENCES "portfolios"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_holdings" ADD CONSTRAINT "portfolio_holdings_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "portfolio_holdings" ADD CONSTRAINT "portfolio_holdings_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "metric_snapshots" ADD CONSTRAINT "metric_snapshots_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_holding_id_fkey" FOREIGN KEY ("holding_id") REFERENCES "portfolio_holdings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_deal_room_id_fkey" FOREIGN KEY ("deal_room_id") REFERENCES "deal_rooms"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_asked_by_fkey" FOREIGN KEY ("asked_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_questions" ADD CONSTRAINT "qa_questions_assigned_to_fkey" FOREIGN KEY ("assigned_to") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_answers" ADD CONSTRAINT "qa_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "qa_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "qa_answers" ADD CONSTRAINT "qa_answers_answered_by_fkey" FOREIGN KEY ("answered_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signal_scores" ADD CONSTRAINT "signal_scores_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signal_scores" ADD CONSTRAINT "signal_scores_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signal_scores" ADD CONSTRAINT "signal_scores_triggered_by_fkey" FOREIGN KEY ("triggered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_task_logs" ADD CONSTRAINT "ai_task_logs_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_task_logs" ADD CONSTRAINT "ai_task_logs_triggered_by_fkey" FOREIGN KEY ("triggered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analysis_extractions" ADD CONSTRAINT "analysis_extractions_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analysis_extractions" ADD CONSTRAINT "analysis_extractions_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_feedback" ADD CONSTRAINT "ai_feedback_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_feedback" ADD CONSTRAINT "ai_feedback_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lineage_records" ADD CONSTRAINT "lineage_records_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Integrity the dictionary implies and Prisma's schema language cannot say.

-- user_badges: an org-wide badge (project_id NULL) must not be awarded twice either, so NULLs
-- compare equal in the unique index (PostgreSQL 15+).
DROP INDEX "uq_user_project_badge";
CREATE UNIQUE INDEX "uq_user_project_badge" ON "user_badges"("user_id", "project_id", "badge_id") NULLS NOT DISTINCT;

-- prompt_templates: only one active version per task_type.
CREATE UNIQUE INDEX "uq_prompt_templates_active_task" ON "prompt_templates"("task_type") WHERE "is_active";

-- ai_feedback: 1 = thumbs up, -1 = thumbs down.
ALTER TABLE "ai_feedback" ADD CONSTRAINT "ck_ai_feedback_rating" CHECK ("rating" IN (1, -1));

-- Scores are on a 0-100 scale (a nullable score that is not computed yet stays NULL).
ALTER TABLE "signal_scores" ADD CONSTRAINT "ck_signal_scores_overall_score" CHECK ("overall_score" BETWEEN 0 AND 100);
ALTER TABLE "signal_scores" ADD CONSTRAINT "ck_signal_scores_project_viability_score" CHECK ("project_viability_score" BETWEEN 0 AND 100);
ALTER TABLE "signal_scores" ADD CONSTRAINT "ck_signal_scores_financial_planning_score" CHECK ("financial_planning_score" BETWEEN 0 AND 100);
ALTER TABLE "signal_scores" ADD CONSTRAINT "ck_signal_scores_risk_assessment_score" CHECK ("risk_assessment_score" BETWEEN 0 AND 100);
ALTER TABLE "signal_scores" ADD CONSTRAINT "ck_signal_scores_team_strength_score" CHECK ("team_strength_score" BETWEEN 0 AND 100);
ALTER TABLE "signal_scores" ADD CONSTRAINT "ck_signal_scores_esg_score" CHECK ("esg_score" BETWEEN 0 AND 100);
ALTER TABLE "deal_screens" ADD CONSTRAINT "ck_deal_screens_overall_score" CHECK ("overall_score" BETWEEN 0 AND 100);
ALTER TABLE "match_results" ADD CONSTRAINT "ck_match_results_overall_score" CHECK ("overall_score" BETWEEN 0 AND 100);

-- portfolio_holdings: ownership is a percentage.
ALTER TABLE "portfolio_holdings" ADD CONSTRAINT "ck_portfolio_holdings_ownership_pct" CHECK ("ownership_pct" BETWEEN 0 AND 100);

-- documents: versions start at 1; sizes are never negative.
ALTER TABLE "documents" ADD CONSTRAINT "ck_documents_version" CHECK ("version" >= 1);
ALTER TABLE "documents" ADD CONSTRAINT "ck_documents_file_size_bytes" CHECK ("file_size_bytes" >= 0);

-- document_annotations: highlight colour is a #RRGGBB hex code.
ALTER TABLE "document_annotations" ADD CONSTRAINT "ck_document_annotations_color" CHECK ("color" ~ '^#[0-9A-Fa-f]{6}$');

-- investor_mandates: the ticket range is not inverted.
ALTER TABLE "investor_mandates" ADD CONSTRAINT "ck_investor_mandates_ticket_size" CHECK ("ticket_size_min" <= "ticket_size_max");

-- investor_mandates: the criteria lists are never NULL; an empty list means "no restriction".
-- (Prisma's schema language has no optional/required distinction for lists.)
ALTER TABLE "investor_mandates" ALTER COLUMN "project_types" SET NOT NULL;
ALTER TABLE "investor_mandates" ALTER COLUMN "geographies" SET NOT NULL;
ALTER TABLE "investor_mandates" ALTER COLUMN "stages" SET NOT NULL;
ALTER TABLE "investor_mandates" ALTER COLUMN "instrument_types" SET NOT NULL;
