/// One group role of `regsync init --roles` and everything it may do: the schemas it may
/// look into, its privileges table by table (column by column where a table mixes what the
/// role needs with what it must not see), the helper functions it may call, whether it may
/// create temporary tables, and the roles it is the union of.
public struct RoleDefinition: Sendable {
    /// The role's privileges on one table.
    public struct TableGrant: Sendable {
        /// `schema.table`; a partitioned table's grant covers its partitions too.
        public let table: String
        /// Table-level privileges (`SELECT`, `INSERT`, …).
        public let privileges: [String]
        /// Column-level SELECT on every column of the table but these (empty: none).
        public let selectExcept: [String]
        /// Column-level UPDATE on these columns only (empty: none).
        public let updateColumns: [String]

        /// Table-level privileges.
        static func on(_ table: String, _ privileges: String...) -> TableGrant {
            TableGrant(table: table, privileges: privileges, selectExcept: [], updateColumns: [])
        }

        /// SELECT on every column but `hidden` (a column added later is granted by the next run).
        static func select(_ table: String, except hidden: [String]) -> TableGrant {
            TableGrant(table: table, privileges: [], selectExcept: hidden, updateColumns: [])
        }

        /// UPDATE of `columns` only (with SELECT of the whole table, which the statements read).
        static func update(_ table: String, columns: [String]) -> TableGrant {
            TableGrant(table: table, privileges: ["SELECT"], selectExcept: [], updateColumns: columns)
        }
    }

    public let name: String
    /// What the role is for, in one line (`regsync init --help`, the README's table).
    public let purpose: String
    /// The schemas the role may look into (USAGE).
    public let schemas: [String]
    /// SELECT on every table of these schemas, whatever they hold (the registry readers).
    public let wholeSchemas: [String]
    public let tables: [TableGrant]
    /// Helper functions the role may call (``RoleSetup/helperFunctions``).
    public let functions: [String]
    /// Whether the role creates temporary tables (TEMPORARY on the database).
    public let temporary: Bool
    /// The roles this one is granted (it holds their privileges, none of its own).
    public let memberOf: [String]

    init(
        _ name: String, _ purpose: String, schemas: [String], wholeSchemas: [String] = [], tables: [TableGrant]...,
        functions: [String] = [], temporary: Bool = false, memberOf: [String] = []
    ) {
        self.name = name
        self.purpose = purpose
        self.schemas = schemas
        self.wholeSchemas = wholeSchemas
        self.tables = tables.flatMap { $0 }
        self.functions = functions
        self.temporary = temporary
        self.memberOf = memberOf
    }
}

/// The least-privilege policy: what each stage reads and writes, read off the statements of
/// RegsyncStore, and nothing more.
public enum RolePolicy {
    static let registryTables = [
        "vehicle.registration", "realestate.owner", "commercial.corporation", "commercial.officer",
    ]
    static let residentTables = ["resident.person", "resident.address", "resident.event"]
    static let keyTables = [
        "resident.person_keys", "resident.address_keys", "resident.event_keys", "vehicle.registration_keys",
        "realestate.owner_keys", "commercial.corporation_keys", "commercial.officer_keys",
    ]
    static let pseudonymTables = [
        "vehicle.holder_pseudonym", "realestate.holder_pseudonym", "commercial.holder_pseudonym",
    ]
    /// What no stage but the import reads: the keyed hash of the individual number (マイナンバー).
    static let residentPersonHidden = ["individual_number_hmac"]
    /// The registry columns propagation writes (and a rollback restores), per table.
    static let addressColumns: [(table: String, columns: [String])] = [
        ("vehicle.registration", ["owner_address", "owner_address_recorded_on", "user_address", "updated_at"]),
        ("realestate.owner", ["owner_address", "updated_at"]),
        ("commercial.officer", ["address", "address_recorded_on", "updated_at"]),
    ]
    static let allSchemas = ["regsync", "resident", "vehicle", "realestate", "commercial"]
    static let schemaVersion = TableGrant.on("regsync.schema_version", "SELECT")
    typealias TableGrant = RoleDefinition.TableGrant

    /// The stage roles, then the nightly job's union, then the registry readers.
    public static let roles: [RoleDefinition] =
        [
            importer, matcher, propagator, steward, reporting, auditor,
            RoleDefinition(
                "regsync_sync", "the nightly job (`regsync sync`): the union of import, match and propagate",
                schemas: [], memberOf: ["regsync_import", "regsync_match", "regsync_propagate"]),
        ]
        + RoleSetup.registrySchemas.map {
            RoleDefinition(
                "regsync_\($0)", "reads its own registry's schema only (\($0).*)", schemas: [$0], wholeSchemas: [$0])
        }

    /// `regsync import`: COPY into a temporary staging table, merge into the registry and
    /// resident tables, the import ledger, rejects, warnings and the run row.
    static let importer = RoleDefinition(
        "regsync_import", "loads files: the registry and resident tables, the import ledger, rejects, warnings, runs",
        schemas: allSchemas,
        tables: [schemaVersion],
        (residentTables + registryTables).map { TableGrant.on($0, "SELECT", "INSERT", "UPDATE") },
        [
            .on("regsync.imported_file", "SELECT", "INSERT", "UPDATE"),
            .on("regsync.reject", "INSERT"),
            .on("regsync.warning", "INSERT"),
            .on("regsync.run", "SELECT", "INSERT", "UPDATE"),
        ],
        functions: ["regsync.analyze_table(regclass, text[])"], temporary: true)

    /// The keys stage and `regsync match`: read names and addresses, write their comparison
    /// keys, the links (the review queue is the links awaiting review), candidates, models.
    static let matcher = RoleDefinition(
        "regsync_match",
        "computes comparison keys and links: reads registries and residents, writes keys, links, candidates",
        schemas: allSchemas,
        tables: [
            schemaVersion, .select("resident.person", except: residentPersonHidden),
            .on("resident.address", "SELECT"), .on("resident.event", "SELECT"),
        ],
        registryTables.map { TableGrant.on($0, "SELECT") },
        keyTables.map { TableGrant.on($0, "SELECT", "INSERT", "DELETE") },
        [
            .on("regsync.key_warning", "SELECT", "INSERT", "DELETE"),
            .on("regsync.link", "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"),
            .on("regsync.match_candidate", "SELECT", "INSERT", "DELETE", "TRUNCATE"),
            .on("regsync.match_model", "SELECT", "INSERT", "UPDATE"),
            .on("regsync.match_state", "SELECT", "INSERT", "UPDATE"),
            .on("regsync.steward_decision", "SELECT"),
            .on("regsync.imported_file", "SELECT"),
        ],
        functions: ["regsync.analyze_table(regclass, text[])"], temporary: true)

    /// `regsync propagate` and `regsync rollback`: plans, changes, batches, the registries'
    /// address columns, pseudonyms; adds to the audit and never changes it. A plan first
    /// brings the comparison keys of rows changed since the last match up to date (the keys
    /// stage), so it writes the key side tables as the matcher does.
    static let propagator = RoleDefinition(
        "regsync_propagate",
        "plans and applies address changes, rolls batches back: writes registry address columns, adds audit rows",
        schemas: allSchemas,
        tables: [
            schemaVersion, .select("resident.person", except: residentPersonHidden),
            .on("resident.address", "SELECT"), .on("resident.event", "SELECT"),
            .on("commercial.corporation", "SELECT"), .on("regsync.key_warning", "SELECT", "INSERT", "DELETE"),
        ],
        keyTables.map { TableGrant.on($0, "SELECT", "INSERT", "DELETE") },
        addressColumns.map { TableGrant.update($0.table, columns: $0.columns) },
        pseudonymTables.map { TableGrant.on($0, "SELECT", "INSERT", "DELETE") },
        [
            .on("regsync.link", "SELECT"),
            .on("regsync.change", "SELECT", "INSERT", "UPDATE"),
            .on("regsync.batch", "SELECT", "INSERT", "UPDATE"),
            .on("regsync.audit", "SELECT", "INSERT"),
            .on("regsync.discrepancy", "SELECT", "INSERT", "DELETE"),
            .on("regsync.plan_state", "SELECT", "INSERT", "UPDATE"),
        ],
        functions: ["regsync.analyze_table(regclass, text[])", "regsync.oldest_transaction_start()"],
        temporary: true)

    /// The workbench (`regsync review serve`) and `regsync review export|apply`: the queue and
    /// the pairs, the stewards' verdicts and the link decisions they change, audited; the
    /// workbench's own sessions and lockouts. Approving changes is propagation's grant.
    static let steward = RoleDefinition(
        "regsync_steward",
        "reviews pairs: reads the queue, pairs and pending changes, records verdicts and the links they decide",
        schemas: allSchemas,
        tables: [
            schemaVersion, .select("resident.person", except: residentPersonHidden),
            .on("resident.address", "SELECT"),
        ],
        (registryTables + ["vehicle.registration_keys", "realestate.owner_keys", "commercial.officer_keys"]).map {
            TableGrant.on($0, "SELECT")
        },
        [
            .update(
                "regsync.link",
                columns: ["decision", "reason", "resident_code", "decided_by", "decided_at", "input_keys_at"]),
            .on("regsync.match_candidate", "SELECT"),
            .on("regsync.steward_decision", "SELECT", "INSERT", "UPDATE", "DELETE"),
            .on("regsync.audit", "INSERT"),
            .on("regsync.change", "SELECT"),
            .update("regsync.steward", columns: ["password_hash", "must_change_password", "password_changed_at"]),
            .on("regsync.steward_session", "SELECT", "INSERT", "UPDATE", "DELETE"),
            .on("regsync.steward_lockout", "SELECT", "INSERT", "UPDATE", "DELETE"),
        ])

    /// Read-only reporting: changes (without the resident code or the link evidence),
    /// discrepancies, batches, runs and the import ledger, and the registries' own data.
    /// Never the resident register, the links, candidates, verdicts, pseudonyms or the audit
    /// (whose steward rows name residents).
    static let reporting = RoleDefinition(
        "regsync_reporting",
        "reads reports only: changes without resident codes, discrepancies, runs, imports, registry tables",
        schemas: ["regsync"] + RoleSetup.registrySchemas,
        tables: [
            schemaVersion, .select("regsync.change", except: ["resident_code", "evidence"]),
            .on("regsync.discrepancy", "SELECT"), .on("regsync.batch", "SELECT"), .on("regsync.run", "SELECT"),
            .on("regsync.imported_file", "SELECT"), .on("regsync.reject", "SELECT"), .on("regsync.warning", "SELECT"),
            .on("regsync.match_state", "SELECT"), .on("regsync.plan_state", "SELECT"),
        ],
        registryTables.map { TableGrant.on($0, "SELECT") })

    /// `regsync audit verify`: the audit rows and their seals, read only.
    static let auditor = RoleDefinition(
        "regsync_auditor", "verifies the audit (`regsync audit verify`): reads the audit rows and seals only",
        schemas: ["regsync"],
        tables: [
            schemaVersion, .on("regsync.audit", "SELECT"), .on("regsync.audit_seal", "SELECT"),
            .on("regsync.audit_head", "SELECT"),
        ])
}
