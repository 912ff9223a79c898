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
        Migration(version: 4, name: "resident addresses keep the event that set them", sql: Migrations.v4),
    ]

    /// The schema version this binary writes.
    public static var latestVersion: Int { all.last?.version ?? 0 }
}

/// The SQL text of each migration (string constants, so the installed binary carries them).
enum Migrations {
    /// The tables whose rows the keys stage normalises.
    static let keyedTables = [
        "resident.person", "resident.address", "resident.event", "vehicle.registration", "realestate.owner",
        "commercial.corporation", "commercial.officer",
    ]

    /// Each row of a resident's address history keeps the event that set the address
    /// (異動事由, as the import's codes: `move_in`, `move_within`, `birth`, `correction`,
    /// `bulk_address_change`, ...), so that an administrative change (住居表示 implementation, a
    /// town renaming, a municipal merger) made before tonight is not taken for a move. NULL
    /// where the extract has no such column.
    static let v4 = """
        ALTER TABLE resident.address ADD COLUMN cause text;
        """

    /// The matcher: when each row's comparison keys were computed (`keys_at`; a partial index
    /// finds the rows imported or changed since, so the keys stage costs what changed), the
    /// normaliser's warnings per record, the trained models, one link row per registry person
    /// (the decision, who made it and on what input), the scored candidates that explain it,
    /// and the stewards' sticky decisions.
    static let v3 =
        keyedTables.map { table in
            let name = table.split(separator: ".")[1]
            return """
                ALTER TABLE \(table) ADD COLUMN keys_at timestamptz;
                CREATE INDEX \(name)_keys_pending_idx ON \(table) (record_key)
                    WHERE keys_at IS NULL OR keys_at < updated_at;
                """
        }.joined(separator: "\n")
            + """

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
            );
            CREATE INDEX link_resident_idx ON regsync.link (resident_code) WHERE resident_code IS NOT NULL;
            CREATE INDEX link_review_idx ON regsync.link (registry, match_probability) WHERE decision = 'review';

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
            );

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
