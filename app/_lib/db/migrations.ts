/**
 * The schema, as forward-only steps. A step is never edited once it has landed: a change is a new step at the end.
 * Each runs in its own transaction (migrate.ts), so a step that fails leaves the schema as the one before it left it.
 */
export interface Migration {
  version: number;
  name: string;
  /** Run in order, one at a time (the extended protocol takes one statement per query). */
  statements: readonly string[];
}

/**
 * The published corpus is derived data (from the files and parsed_files, which stay): a step that changes what is
 * derived clears it, and the next server that reads the folder publishes it again.
 */
const UNPUBLISH = [
  'delete from event_sources',
  'delete from events',
  'delete from articles',
  'delete from corpus_state',
] as const;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'parsed articles',
    statements: [
      // What the parser made of one file, keyed by a hash of its name and bytes and the parser's version: a file
      // parsed once (by any server) is never parsed again. json, not jsonb: kept as written, never queried inside.
      `create table parsed_files (
        key text not null,
        parser_version text not null,
        analysis json not null,
        parsed_at timestamptz not null default now(),
        primary key (key, parser_version)
      )`,
    ],
  },
  {
    version: 2,
    name: 'the published corpus',
    statements: [
      `create extension if not exists pg_trgm`,
      // The articles of the corpus every server serves, and those that could not be read (problem set, no text);
      // what was parsed of each is in parsed_files under its key.
      `create table articles (
        id text primary key,
        file_name text not null unique,
        key text not null,
        date date,
        language text,
        title text,
        body text,
        problem text
      )`,
      // The merged events. 'period' is the days the event covers (null when undated): a window is an overlap (&&)
      // on a GiST index. 'search' is what a query can match: titles, the quoted sentences.
      `create table events (
        id text primary key,
        type text not null,
        status text not null,
        period daterange,
        place_id text,
        search text not null,
        doc json not null,
        doc_hash text not null
      )`,
      `create index events_period on events using gist (period)`,
      `create index events_search on events using gin (search gin_trgm_ops)`,
      `create index events_type on events (type)`,
      // Which article sentence supports which event: an article's events are one index look-up away.
      `create table event_sources (
        event_id text not null references events (id) on delete cascade,
        article_id text not null,
        start_offset integer not null,
        end_offset integer not null,
        primary key (event_id, article_id, start_offset)
      )`,
      `create index event_sources_article on event_sources (article_id)`,
      // One row: which corpus is published (its key: the files and their bytes), when, what could not be read, the
      // events' order, and every event id served so far (what became of it: lib/corpus/id-history.ts).
      `create table corpus_state (
        singleton boolean primary key default true check (singleton),
        version bigint not null,
        corpus_key text not null,
        parser_version text not null,
        merged_at timestamptz not null,
        failures json not null,
        event_order json not null,
        id_history json not null
      )`,
    ],
  },
  {
    version: 3,
    name: 'countries and persons of events, for filters',
    statements: [
      `alter table events add column countries text[] not null default '{}'`,
      `alter table events add column persons text[] not null default '{}'`,
      `create index events_countries on events using gin (countries)`,
      `create index events_persons on events using gin (persons)`,
      // The corpus is derived data (from the files and parsed_files, which stay): events published before this step
      // have no countries or persons, so they go, and the next server that merges publishes them again.
      `delete from event_sources`,
      `delete from events`,
      `delete from corpus_state`,
    ],
  },
  {
    version: 4,
    name: 'article summaries',
    statements: [
      // A server that only serves lists articles from these columns and reads an article's parse when a page asks
      // for it: it never holds every article's text and analysis.
      `alter table articles add column script text`,
      `alter table articles add column problems text[] not null default '{}'`,
      // Derived data again (see step 3): rows published before this step have no script, so they go and are
      // published again by the next server that reads the folder.
      ...UNPUBLISH,
    ],
  },
  {
    version: 5,
    name: 'corrections',
    statements: [
      // What editors changed, as operations against stable anchors (the event's id and the sentences it stood on
      // then), never as edited output: applied after every merge (lib/corpus/corrections). Never updated or
      // deleted: a change of mind is a revert, a row of its own. 'seq' is the order they were made in.
      `create table corrections (
        seq bigserial primary key,
        id text not null unique,
        event_id text not null,
        evidence json not null,
        op json not null,
        editor text not null,
        made_at timestamptz not null default now()
      )`,
      `create index corrections_event on corrections (event_id)`,
    ],
  },
  {
    version: 6,
    name: 'editors and their sessions',
    statements: [
      // Named editors, each with their own secret, kept as a scrypt hash (app/_lib/editors/secret.ts).
      `create table editors (
        name text primary key,
        secret_hash text not null,
        created_at timestamptz not null default now()
      )`,
      // A signed-in editor's session: the cookie holds a random id, the table its SHA-256 (a copy of the table
      // signs no one in), with the session's CSRF token and when it ends.
      `create table editor_sessions (
        id_hash text primary key,
        editor text not null references editors (name) on delete cascade,
        csrf text not null,
        expires_at timestamptz not null,
        created_at timestamptz not null default now()
      )`,
      `create index editor_sessions_expiry on editor_sessions (expires_at)`,
    ],
  },
  {
    version: 7,
    name: 'search by names in every spelling',
    statements: [
      // `events.search` now holds the names of participants, places and types in every language, folded without
      // diacritics (app/_lib/search/terms.ts): derived data again, published anew by the next server that merges.
      ...UNPUBLISH,
    ],
  },
];
