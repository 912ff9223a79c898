extension PostgresError {
    /// What to do about a connection that TLS (or the server's rule requiring it) refused,
    /// read from libpq's message, which names the cause but not the setting to change. `nil`
    /// for any other message. Parameters travel to libpq untouched (sslmode, sslrootcert,
    /// sslcert, sslkey, sslcrl, ...); these hints only name them.
    static func tlsHint(for message: String) -> String? {
        let hints: [(found: String, hint: String)] = [
            (
                "does not match host name",
                "TLS: the server's certificate does not name the host connected to (sslmode=verify-full compares "
                    + "them): connect with a host name the certificate lists, or have it reissued"
            ),
            (
                "certificate revoked",
                "TLS: the server's certificate is on the revocation list given as sslcrl"
            ),
            (
                "certificate verify failed",
                "TLS: the server's certificate is not signed by the authority in sslrootcert (or it expired, "
                    + "or sslcrl revokes it)"
            ),
            (
                "root certificate file",
                "TLS: sslmode=verify-ca or verify-full needs the authority's certificate: set sslrootcert to its file"
            ),
            (
                "certificate revocation list file",
                "TLS: the file named by sslcrl cannot be read"
            ),
            (
                "has group or world access",
                "TLS: the client key (sslkey) must be readable by its owner only (chmod 600)"
            ),
            (
                "could not open certificate file",
                "TLS: the client certificate (sslcert) cannot be read"
            ),
            (
                "could not load private key file",
                "TLS: the client key (sslkey) cannot be read or does not match sslcert (or sslpassword is wrong)"
            ),
            (
                "server does not support SSL",
                "TLS: the server has TLS switched off, and sslmode requires it"
            ),
            (
                "no encryption",
                "TLS: the server accepts this login only over TLS: set sslmode=verify-full and sslrootcert"
            ),
            (
                "certificate authentication failed",
                "TLS: the client certificate's common name (sslcert) is not the user name"
            ),
        ]
        return hints.first { message.contains($0.found) }?.hint
    }
}
