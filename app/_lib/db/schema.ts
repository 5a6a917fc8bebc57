import type { ColumnType, Generated } from 'kysely';

/** What Kysely knows of the tables (migrations.ts makes them): the query layer's types, checked at compile time. */
export interface Database {
  schema_migrations: { version: number; name: string; applied_at: Generated<Date> };
  parsed_files: {
    key: string;
    parser_version: string;
    analysis: ColumnType<unknown, string, string>;
    parsed_at: Generated<Date>;
  };
  articles: {
    id: string;
    file_name: string;
    key: string;
    date: ColumnType<string | null, string | null, string | null>;
    language: string | null;
    title: string | null;
    body: string | null;
    problem: string | null;
    script: string | null;
    problems: ColumnType<string[], string[] | undefined, string[]>;
  };
  events: {
    id: string;
    type: string;
    status: string;
    /** A daterange literal such as `[2025-11-14,2025-11-16)`, or null when undated. */
    period: string | null;
    place_id: string | null;
    search: string;
    doc: ColumnType<unknown, string, string>;
    doc_hash: string;
    countries: ColumnType<string[], string[] | undefined, string[]>;
    persons: ColumnType<string[], string[] | undefined, string[]>;
  };
  event_sources: { event_id: string; article_id: string; start_offset: number; end_offset: number };
  corrections: {
    seq: Generated<string>;
    id: string;
    event_id: string;
    evidence: ColumnType<unknown, string, string>;
    op: ColumnType<unknown, string, string>;
    editor: string;
    made_at: ColumnType<Date, Date, Date>;
  };
  editors: { name: string; secret_hash: string; created_at: Generated<Date> };
  editor_sessions: {
    id_hash: string;
    editor: string;
    csrf: string;
    expires_at: ColumnType<Date, Date, Date>;
    created_at: Generated<Date>;
  };
  corpus_state: {
    singleton: Generated<boolean>;
    version: ColumnType<string | number, number, number>;
    corpus_key: string;
    parser_version: string;
    merged_at: ColumnType<Date, Date, Date>;
    failures: ColumnType<unknown, string, string>;
    event_order: ColumnType<unknown, string, string>;
    id_history: ColumnType<unknown, string, string>;
  };
}
