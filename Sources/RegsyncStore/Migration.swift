/// One numbered schema migration: applied once, in order, inside one transaction, and
/// recorded in `regsync.schema_version`.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: String

    /// Every migration this binary knows, in order. Append only; never edit a released one.
    public static let all: [Migration] = [
        Migration(version: 1, name: "bookkeeping, resident register and registries", sql: Migrations.v1),
        Migration(version: 2, name: "blocking indexes cover only rows with a comparison key", sql: Migrations.v2),
        Migration(version: 3, name: "keys stage, links, candidates and steward decisions", sql: Migrations.v3),
        Migration(version: 4, name: "import warnings with file, line and field", sql: Migrations.importWarnings),
        Migration(version: 5, name: "resident addresses keep the event that set them", sql: Migrations.addressCause),
        Migration(
            version: 6, name: "propagation: changes, batches, audit, discrepancies, pseudonyms",
            sql: Migrations.propagation),
        Migration(
            version: 7, name: "steward workbench: accounts, sessions, lockouts, review queue order",
            sql: Migrations.workbench),
        Migration(
            version: 8, name: "one audit row per applied change; change batches checked by the writer",
            sql: Migrations.auditOneRowPerChange),
        Migration(
            version: 9, name: "tamper-evident audit: append-only, sealed in a hash chain",
            sql: Migrations.auditChain),
        Migration(
            version: 10, name: "incremental planning: where each registry's last plan read from",
            sql: Migrations.planState),
    ]

    /// The schema version this binary writes.
    public static var latestVersion: Int { all.last?.version ?? 0 }
}

/// The SQL text of each migration (string constants, so the installed binary carries them).
enum Migrations {
    /// Incremental planning (a night plans again only what changed): per registry, the time
    /// the last saved plan read from, and the fingerprint (binary version and policy) it was
    /// made with — another fingerprint plans everyone again.
    static let planState = """
        CREATE TABLE regsync.plan_state (
            registry text PRIMARY KEY,
            read_from timestamptz NOT NULL,
            fingerprint text NOT NULL,
            run_id text NOT NULL,
            planned_at timestamptz NOT NULL DEFAULT now()
        );
        """

    /// The audit becomes tamper-evident (`regsync audit verify`, ``AuditChain``).
    ///
    /// Append-only: a statement trigger refuses every UPDATE, DELETE and TRUNCATE of
    /// `regsync.audit` and `regsync.audit_seal` (enabled ALWAYS, so a replica session does not
    /// skip it; only dropping or disabling it does — which the chain then shows).
    ///
    /// Sealed: after each statement that inserts audit rows, one statement trigger (not a row
    /// trigger) seals exactly the rows it inserted, read from its transition table in one pass:
    /// their ids, the SHA-256 of each row (``AuditChain/rowDigest(_:)``), and
    /// `hash = sha256(previous hash ‖ seal id ‖ sealed at ‖ row digests)`. Sealers queue on the
    /// one row of `regsync.audit_head` (`FOR UPDATE`, held to commit), so the seals form one
    /// chain numbered 1, 2, 3… in commit order, whatever order concurrent writers' audit ids
    /// commit in: a seal lists its own rows by id, never an id range. In REPEATABLE READ a
    /// writer that lost the race gets a serialization failure instead of forking the chain.
    /// The sealing functions run as their owner: writers need no privilege on the seals.
    /// Rows audited before this migration are sealed by it, as seal 1.
    static let auditChain = """
        CREATE TABLE regsync.audit_seal (
            seal_id bigint PRIMARY KEY,
            sealed_at timestamptz NOT NULL,
            rows integer NOT NULL,
            first_audit_id bigint NOT NULL,
            last_audit_id bigint NOT NULL,
            audit_ids bigint[] NOT NULL,
            digests bytea NOT NULL,
            previous_hash bytea NOT NULL,
            hash bytea NOT NULL
        );
        ALTER TABLE regsync.audit_seal ALTER COLUMN digests SET STORAGE EXTERNAL;

        CREATE TABLE regsync.audit_head (
            one boolean PRIMARY KEY DEFAULT true CHECK (one),
            seal_id bigint NOT NULL,
            hash bytea NOT NULL
        );
        INSERT INTO regsync.audit_head (seal_id, hash) VALUES (0, \(AuditChain.genesis));

        CREATE FUNCTION regsync.audit_seal_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp SET client_encoding = 'UTF8' AS $$
        \(AuditChain.sealStatements(from: "added", done: "RETURN NULL"))
        $$;
        REVOKE ALL ON FUNCTION regsync.audit_seal_rows() FROM PUBLIC;
        CREATE TRIGGER audit_seal AFTER INSERT ON regsync.audit REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION regsync.audit_seal_rows();

        CREATE FUNCTION regsync.audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '%.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END $$;
        CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON regsync.audit
            FOR EACH STATEMENT EXECUTE FUNCTION regsync.audit_refuse();
        ALTER TABLE regsync.audit ENABLE ALWAYS TRIGGER audit_append_only;
        CREATE TRIGGER audit_seal_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON regsync.audit_seal
            FOR EACH STATEMENT EXECUTE FUNCTION regsync.audit_refuse();
        ALTER TABLE regsync.audit_seal ENABLE ALWAYS TRIGGER audit_seal_append_only;
        CREATE TRIGGER audit_head_kept BEFORE DELETE OR TRUNCATE ON regsync.audit_head
            FOR EACH STATEMENT EXECUTE FUNCTION regsync.audit_refuse();
        ALTER TABLE regsync.audit_head ENABLE ALWAYS TRIGGER audit_head_kept;

        DO $$
        \(AuditChain.sealStatements(from: "regsync.audit", done: "RETURN"))
        $$;
        """

    /// Applying a change writes one audit row that carries the address and, where the
    /// registry keeps one, the day it was recorded (`recorded_field`, `recorded_before`,
    /// `recorded_after`), instead of a second row for the day: at 100,000 changes the second
    /// row cost more than a second. Batches audited by schema 7 (two rows) still roll back.
    /// The foreign key from a change to its batch goes: it was checked by a trigger per row
    /// (0.7 s per 100,000 changes applied), and the one writer of `batch_id` sets it in the
    /// transaction that creates the batch.
    static let auditOneRowPerChange = """
        ALTER TABLE regsync.audit ADD COLUMN recorded_field text, ADD COLUMN recorded_before text,
            ADD COLUMN recorded_after text;
        ALTER TABLE regsync.change DROP CONSTRAINT change_batch_id_fkey;
        """

    /// The steward workbench (`regsync review serve`). Accounts hold a bcrypt hash of the
    /// password, never the password (a one-time password must be changed at first login).
    /// Sessions are stored by the SHA-256 of their cookie token, so the table alone opens no
    /// session; each carries the CSRF token of its forms. Failed logins are counted per name
    /// (known or not, so the page cannot tell which names exist) and lock the name for a while.
    /// The queue index orders the persons awaiting review most uncertain first (probability
    /// closest to ½) with the keys that make the order total, so that a page of the queue is
    /// an index range however long the queue is (keyset paging, no OFFSET).
    static let workbench = """
        CREATE TABLE regsync.steward (
            name text PRIMARY KEY,
            role text NOT NULL CHECK (role IN ('steward', 'approver', 'dv-officer')),
            password_hash text NOT NULL,
            must_change_password boolean NOT NULL DEFAULT true,
            created_at timestamptz NOT NULL DEFAULT now(),
            password_changed_at timestamptz NOT NULL DEFAULT now(),
            disabled_at timestamptz
        );

        CREATE TABLE regsync.steward_session (
            token_sha256 text PRIMARY KEY,
            steward text NOT NULL REFERENCES regsync.steward (name) ON DELETE CASCADE,
            csrf_token text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            last_seen_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz NOT NULL
        );
        CREATE INDEX steward_session_steward_idx ON regsync.steward_session (steward);

        CREATE TABLE regsync.steward_lockout (
            name text PRIMARY KEY,
            failures integer NOT NULL DEFAULT 0,
            last_failure_at timestamptz NOT NULL DEFAULT now(),
            locked_until timestamptz
        );

        CREATE INDEX link_review_queue_idx ON regsync.link
            ((abs(coalesce(match_probability, 0) - 0.5)), registry, record_key, person_role)
            WHERE decision = 'review';
        """

    /// The event that set each address of a resident's history (異動事由: move_in, move_within,
    /// birth, correction, bulk_address_change), so that an administrative change before
    /// tonight's feed is told from a move. Older extracts have none: NULL.
    static let addressCause = """
        ALTER TABLE resident.address ADD COLUMN cause text;
        """

    /// The propagator. Changes planned for registry persons (one open change per person at
    /// most: proposed or held), the batches that applied them, an append-only audit of every
    /// write (before, after, why, evidence, who), the discrepancies found by the last run of
    /// each registry, the consent flag of real-estate owners (ex-officio changes from
    /// 2026-04-01), and per registry the keyed pseudonym of each linked holder — registries
    /// never hold the resident code, and two registries' pseudonyms for one person differ.
    /// A DV-protected resident's new address is never stored: a held change has none.
    static let propagation = """
        ALTER TABLE realestate.owner ADD COLUMN address_change_consent boolean;

        CREATE TABLE vehicle.holder_pseudonym (
            record_key text NOT NULL, person_role text NOT NULL, pseudonym text NOT NULL,
            PRIMARY KEY (record_key, person_role));
        CREATE TABLE realestate.holder_pseudonym (
            record_key text NOT NULL, person_role text NOT NULL, pseudonym text NOT NULL,
            PRIMARY KEY (record_key, person_role));
        CREATE TABLE commercial.holder_pseudonym (
            record_key text NOT NULL, person_role text NOT NULL, pseudonym text NOT NULL,
            PRIMARY KEY (record_key, person_role));

        CREATE TABLE regsync.batch (
            batch_id bigserial PRIMARY KEY,
            registry text NOT NULL,
            run_id text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            actor text NOT NULL,
            changes integer NOT NULL DEFAULT 0,
            rolled_back_at timestamptz,
            rolled_back_by text
        );

        CREATE TABLE regsync.change (
            change_id bigserial PRIMARY KEY,
            registry text NOT NULL,
            record_key text NOT NULL,
            person_role text NOT NULL,
            field text NOT NULL,
            holder text NOT NULL CHECK (holder IN ('resident', 'corporation')),
            kind text NOT NULL CHECK (kind IN ('move', 'administrative')),
            status text NOT NULL
                CHECK (status IN ('proposed', 'held', 'applied', 'refused', 'rolled-back', 'superseded')),
            policy text NOT NULL,
            resident_code text,
            corporate_number text,
            old_address text,
            new_address text,
            new_key text,
            substitute boolean NOT NULL DEFAULT false,
            moved_on date,
            recorded_on date,
            deadline date,
            lg_code text,
            evidence text NOT NULL,
            planned_run_id text NOT NULL,
            planned_at timestamptz NOT NULL DEFAULT now(),
            batch_id bigint REFERENCES regsync.batch (batch_id),
            decided_by text,
            decided_at timestamptz
        );
        CREATE UNIQUE INDEX change_open_idx ON regsync.change (registry, record_key, person_role)
            WHERE status IN ('proposed', 'held');
        CREATE INDEX change_registry_idx ON regsync.change (registry, status);
        CREATE INDEX change_batch_idx ON regsync.change (batch_id) WHERE batch_id IS NOT NULL;

        CREATE TABLE regsync.audit (
            audit_id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            batch_id bigint,
            change_id bigint,
            registry text NOT NULL,
            record_key text NOT NULL,
            person_role text,
            field text NOT NULL,
            action text NOT NULL,
            before text,
            after text,
            reason text NOT NULL,
            evidence text,
            actor text NOT NULL
        );
        CREATE INDEX audit_batch_idx ON regsync.audit (batch_id);
        CREATE INDEX audit_record_idx ON regsync.audit (registry, record_key);

        CREATE TABLE regsync.discrepancy (
            registry text NOT NULL,
            record_key text NOT NULL,
            person_role text NOT NULL,
            kind text NOT NULL,
            lg_code text,
            detail text NOT NULL,
            moved_on date,
            deadline date,
            run_id text NOT NULL,
            found_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX discrepancy_registry_idx ON regsync.discrepancy (registry, kind);
        """

    /// The matcher. Comparison keys move out of the wide imported tables into narrow side
    /// tables (`<table>_keys`: the keys of one version of a row, `source_updated_at` saying
    /// which): writing 191,400 address keys by `UPDATE` of the imported rows took 3.1–4.1 s
    /// (every row rewritten, every index touched), inserting them into a side table 0.3 s.
    /// A row is pending when its side row is missing or is for another version. The side
    /// tables are unlogged: keys are derived data, and after a crash PostgreSQL empties them
    /// and the next keys stage computes them again (no WAL for millions of rows). Then the
    /// normaliser's warnings per record, the trained models, one link row per registry person
    /// (the decision, who made it and on which version of the record), the scored candidates
    /// that explain it, and the stewards' sticky decisions.
    static let v3 = """
        ALTER TABLE resident.person DROP COLUMN name_key, DROP COLUMN name_kana_key;
        ALTER TABLE resident.address DROP COLUMN address_key, DROP COLUMN address_lg_code;
        ALTER TABLE resident.event DROP COLUMN address_key, DROP COLUMN address_lg_code, DROP COLUMN name_key;
        ALTER TABLE vehicle.registration DROP COLUMN owner_name_key, DROP COLUMN owner_address_key,
        DROP COLUMN owner_address_lg_code, DROP COLUMN user_name_key, DROP COLUMN user_address_key,
        DROP COLUMN user_address_lg_code;
        ALTER TABLE realestate.owner DROP COLUMN owner_name_key, DROP COLUMN owner_address_key,
        DROP COLUMN owner_address_lg_code;
        ALTER TABLE commercial.corporation DROP COLUMN name_key, DROP COLUMN address_key, DROP COLUMN address_lg_code;
        ALTER TABLE commercial.officer DROP COLUMN name_key, DROP COLUMN name_kana_key, DROP COLUMN address_key,
        DROP COLUMN address_lg_code;

        CREATE UNLOGGED TABLE resident.person_keys (
        record_key text PRIMARY KEY, source_updated_at timestamptz NOT NULL, name_key text, name_kana_key text);
        CREATE INDEX person_keys_name_idx ON resident.person_keys (name_key);
        CREATE UNLOGGED TABLE resident.address_keys (
        record_key text PRIMARY KEY, source_updated_at timestamptz NOT NULL, address_key text, address_lg_code text);
        CREATE INDEX address_keys_address_idx ON resident.address_keys (address_key);
        CREATE UNLOGGED TABLE resident.event_keys (
        record_key text PRIMARY KEY, source_updated_at timestamptz NOT NULL, address_key text, address_lg_code text,
        name_key text);
        CREATE UNLOGGED TABLE vehicle.registration_keys (
        record_key text PRIMARY KEY, source_updated_at timestamptz NOT NULL, owner_name_key text,
        owner_address_key text, owner_address_lg_code text, user_name_key text, user_address_key text,
        user_address_lg_code text);
        CREATE INDEX registration_keys_owner_idx ON vehicle.registration_keys (owner_address_lg_code, owner_name_key);
        CREATE INDEX registration_keys_user_idx ON vehicle.registration_keys (user_address_lg_code, user_name_key);
        CREATE UNLOGGED TABLE realestate.owner_keys (
        record_key text PRIMARY KEY, source_updated_at timestamptz NOT NULL, owner_name_key text,
        owner_address_key text, owner_address_lg_code text);
        CREATE INDEX owner_keys_block_idx ON realestate.owner_keys (owner_address_lg_code, owner_name_key);
        CREATE UNLOGGED TABLE commercial.corporation_keys (
        record_key text PRIMARY KEY, source_updated_at timestamptz NOT NULL, name_key text, address_key text,
        address_lg_code text);
        CREATE INDEX corporation_keys_name_idx ON commercial.corporation_keys (name_key);
        CREATE UNLOGGED TABLE commercial.officer_keys (
        record_key text PRIMARY KEY, source_updated_at timestamptz NOT NULL, name_key text, name_kana_key text,
        address_key text, address_lg_code text);
        CREATE INDEX officer_keys_block_idx ON commercial.officer_keys (address_lg_code, name_key);

        CREATE TABLE regsync.key_warning (
            target text NOT NULL,
            record_key text NOT NULL,
            field text NOT NULL,
            code text NOT NULL,
            message text NOT NULL
        );
        CREATE INDEX key_warning_record_idx ON regsync.key_warning (target, record_key);

        CREATE TABLE regsync.match_model (
            registry text NOT NULL,
            run_id text NOT NULL,
            trained_at timestamptz NOT NULL DEFAULT now(),
            config_sha256 text NOT NULL,
            model jsonb NOT NULL,
            PRIMARY KEY (registry, run_id)
        );

        CREATE TABLE regsync.link (
            registry text NOT NULL,
            record_key text NOT NULL,
            person_role text NOT NULL,
            decision text NOT NULL CHECK (decision IN ('link', 'review', 'no-link')),
            reason text NOT NULL,
            resident_code text,
            corporate_number text,
            corporate_reason text,
            match_weight double precision,
            match_probability double precision,
            decided_by text NOT NULL,
            run_id text NOT NULL,
            decided_at timestamptz NOT NULL DEFAULT now(),
            input_keys_at timestamptz,
            PRIMARY KEY (registry, record_key, person_role)
        ) PARTITION BY LIST (registry);
        CREATE INDEX link_resident_idx ON regsync.link (resident_code) WHERE resident_code IS NOT NULL;
        CREATE INDEX link_review_idx ON regsync.link (registry, match_probability) WHERE decision = 'review';
        -- One partition per registry: a full rematch of a registry empties its partition
        -- (TRUNCATE, no dead rows) and copies the decisions in.
        CREATE TABLE regsync.link_vehicle PARTITION OF regsync.link FOR VALUES IN ('vehicle');
        CREATE TABLE regsync.link_realestate PARTITION OF regsync.link FOR VALUES IN ('realestate');
        CREATE TABLE regsync.link_commercial PARTITION OF regsync.link FOR VALUES IN ('commercial');

        CREATE TABLE regsync.match_candidate (
            registry text NOT NULL,
            record_key text NOT NULL,
            person_role text NOT NULL,
            rank smallint NOT NULL,
            resident_code text NOT NULL,
            match_weight double precision NOT NULL,
            match_probability double precision NOT NULL,
            levels text NOT NULL,
            weights text NOT NULL,
            rules text NOT NULL,
            run_id text NOT NULL,
            PRIMARY KEY (registry, record_key, person_role, rank)
        ) PARTITION BY LIST (registry);
        CREATE TABLE regsync.match_candidate_vehicle PARTITION OF regsync.match_candidate FOR VALUES IN ('vehicle');
        CREATE TABLE regsync.match_candidate_realestate PARTITION OF regsync.match_candidate
            FOR VALUES IN ('realestate');
        CREATE TABLE regsync.match_candidate_commercial PARTITION OF regsync.match_candidate
            FOR VALUES IN ('commercial');

        CREATE TABLE regsync.steward_decision (
            registry text NOT NULL,
            record_key text NOT NULL,
            person_role text NOT NULL,
            resident_code text NOT NULL,
            verdict text NOT NULL CHECK (verdict IN ('confirm', 'reject')),
            steward text NOT NULL,
            decided_at timestamptz NOT NULL DEFAULT now(),
            comment text,
            source text NOT NULL,
            PRIMARY KEY (registry, record_key, person_role, resident_code)
        );

        CREATE TABLE regsync.match_state (
            registry text PRIMARY KEY,
            last_run_id text NOT NULL,
            matched_at timestamptz NOT NULL,
            residents_version text
        );
        """

    /// The blocking indexes (municipality code and name key, the address key) become partial:
    /// the keys are written by normalisation after a load, so at load time every row has
    /// NULL keys, and indexing a million NULL entries cost a third of a second per index on
    /// every bulk load. Lookups by key (`= value`) imply `IS NOT NULL`, so they still use
    /// the indexes.
    static let v2 = """
        DROP INDEX resident.address_key_idx;
        CREATE INDEX address_key_idx ON resident.address (address_key) WHERE address_key IS NOT NULL;
        DROP INDEX vehicle.registration_owner_idx;
        CREATE INDEX registration_owner_idx ON vehicle.registration (owner_address_lg_code, owner_name_key)
            WHERE owner_name_key IS NOT NULL;
        DROP INDEX vehicle.registration_user_idx;
        CREATE INDEX registration_user_idx ON vehicle.registration (user_address_lg_code, user_name_key)
            WHERE user_name_key IS NOT NULL;
        DROP INDEX realestate.owner_block_idx;
        CREATE INDEX owner_block_idx ON realestate.owner (owner_address_lg_code, owner_name_key)
            WHERE owner_name_key IS NOT NULL;
        DROP INDEX commercial.officer_block_idx;
        CREATE INDEX officer_block_idx ON commercial.officer (address_lg_code, name_key) WHERE name_key IS NOT NULL;
        """

    /// Every warning of an import (a date past its era's end, ...), located: the ledger
    /// file, the record's line and the field. `file_id` is not a foreign key for the same
    /// reason as `source_file_id`: a check per row would weigh on loads with many warnings.
    static let importWarnings = """
        CREATE TABLE regsync.warning (
            file_id bigint NOT NULL,
            line integer NOT NULL,
            field text NOT NULL,
            code text NOT NULL
        );
        CREATE INDEX warning_file_idx ON regsync.warning (file_id, line);
        """

    /// Columns every registry or resident table carries for bookkeeping.
    /// `record_key` is the mapping's natural key (its fields joined with U+001F).
    /// `source_file_id` names the ledger row of regsync.imported_file; it is not a foreign
    /// key because a per-row trigger check would dominate bulk loads, and only the
    /// importer writes it.
    static func recordColumns(_ table: String) -> String {
        """
            record_key text PRIMARY KEY,
            source_file_id bigint NOT NULL,
            source_line integer NOT NULL,
            first_loaded_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            removed_at timestamptz
        """
    }

    static let v1 = """
        CREATE SCHEMA IF NOT EXISTS regsync;
        CREATE SCHEMA IF NOT EXISTS resident;
        CREATE SCHEMA IF NOT EXISTS vehicle;
        CREATE SCHEMA IF NOT EXISTS realestate;
        CREATE SCHEMA IF NOT EXISTS commercial;

        CREATE TABLE regsync.run (
            run_id text PRIMARY KEY,
            command text NOT NULL,
            started_at timestamptz NOT NULL,
            finished_at timestamptz,
            outcome text,
            summary jsonb
        );

        CREATE TABLE regsync.imported_file (
            file_id bigserial PRIMARY KEY,
            run_id text NOT NULL,
            registry text NOT NULL,
            target text NOT NULL,
            mapping text NOT NULL,
            mapping_sha256 text NOT NULL,
            path text NOT NULL,
            sha256 text NOT NULL,
            bytes bigint NOT NULL,
            full_snapshot boolean NOT NULL,
            rows_read integer NOT NULL,
            rows_loaded integer NOT NULL,
            rows_rejected integer NOT NULL,
            inserted integer NOT NULL,
            updated integer NOT NULL,
            unchanged integer NOT NULL,
            removed integer NOT NULL,
            imported_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX imported_file_content_idx ON regsync.imported_file (target, sha256);

        CREATE TABLE regsync.reject (
            file_id bigint NOT NULL REFERENCES regsync.imported_file(file_id),
            line integer,
            col integer,
            field text,
            reason text NOT NULL,
            message text NOT NULL
        );
        CREATE INDEX reject_file_idx ON regsync.reject (file_id);

        CREATE TABLE resident.person (
        \(recordColumns("person")),
            resident_code text NOT NULL UNIQUE,
            name text,
            name_kana text,
            former_surname text,
            birth_date date,
            sex text,
            status text,
            dv_protected boolean NOT NULL DEFAULT false,
            individual_number_hmac text,
            household_id text,
            became_resident_on date,
            name_key text,
            name_kana_key text
        );

        CREATE TABLE resident.address (
        \(recordColumns("address")),
            resident_code text NOT NULL,
            valid_from date,
            valid_to date,
            address text,
            postal_code text,
            lg_code text,
            address_key text,
            address_lg_code text
        );
        CREATE INDEX address_resident_idx ON resident.address (resident_code, valid_from);
        CREATE INDEX address_key_idx ON resident.address (address_key);

        CREATE TABLE resident.event (
        \(recordColumns("event")),
            event_id text NOT NULL,
            resident_code text NOT NULL,
            kind text NOT NULL,
            effective_date date,
            processed_date date,
            address text,
            postal_code text,
            lg_code text,
            name text,
            name_kana text,
            cancels_event_id text,
            address_key text,
            address_lg_code text,
            name_key text
        );
        CREATE INDEX event_resident_idx ON resident.event (resident_code, effective_date);
        CREATE INDEX event_processed_idx ON resident.event (processed_date);

        CREATE TABLE vehicle.registration (
        \(recordColumns("registration")),
            registration_number text,
            chassis_number text,
            vehicle_name text,
            model text,
            first_registered_on date,
            registered_on date,
            owner_name text,
            owner_name_kana text,
            owner_address text,
            owner_address_recorded_on date,
            owner_corporate_number text,
            user_name text,
            user_address text,
            base_location text,
            owner_name_key text,
            owner_address_key text,
            owner_address_lg_code text,
            user_name_key text,
            user_address_key text,
            user_address_lg_code text
        );
        CREATE INDEX registration_owner_idx ON vehicle.registration (owner_address_lg_code, owner_name_key);
        CREATE INDEX registration_user_idx ON vehicle.registration (user_address_lg_code, user_name_key);

        CREATE TABLE realestate.owner (
        \(recordColumns("owner")),
            property_number text NOT NULL,
            property_kind text,
            location text,
            lot_number text,
            rank_number text,
            purpose text,
            receipt_date date,
            receipt_number text,
            cause text,
            cause_date date,
            owner_seq integer,
            owner_name text,
            owner_name_kana text,
            owner_address text,
            owner_corporate_number text,
            share text,
            owner_name_key text,
            owner_address_key text,
            owner_address_lg_code text
        );
        CREATE INDEX owner_property_idx ON realestate.owner (property_number);
        CREATE INDEX owner_block_idx ON realestate.owner (owner_address_lg_code, owner_name_key);

        CREATE TABLE commercial.corporation (
        \(recordColumns("corporation")),
            corporate_number text NOT NULL,
            sequence_number integer,
            process text,
            correct boolean,
            update_date date,
            change_date date,
            name text,
            name_image_id text,
            kind text,
            prefecture_name text,
            city_name text,
            street_number text,
            address_image_id text,
            prefecture_code text,
            city_code text,
            post_code text,
            address text,
            address_outside text,
            address_outside_image_id text,
            close_date date,
            close_cause text,
            successor_corporate_number text,
            change_cause text,
            assignment_date date,
            latest boolean,
            en_name text,
            en_prefecture_name text,
            en_city_name text,
            en_address_outside text,
            furigana text,
            hihyoji boolean,
            name_key text,
            address_key text,
            address_lg_code text
        );
        CREATE INDEX corporation_number_idx ON commercial.corporation (corporate_number);

        CREATE TABLE commercial.officer (
        \(recordColumns("officer")),
            corporate_number text NOT NULL,
            officer_id text,
            role text,
            name text,
            name_kana text,
            address text,
            birth_date date,
            appointed_on date,
            address_recorded_on date,
            name_key text,
            name_kana_key text,
            address_key text,
            address_lg_code text
        );
        CREATE INDEX officer_corporation_idx ON commercial.officer (corporate_number);
        CREATE INDEX officer_block_idx ON commercial.officer (address_lg_code, name_key);
        """
}
