import HTTPTypes
import Hummingbird

/// The responses the workbench sends: pages, redirects after a form (303, so a reload never
/// posts again) and the headers every response carries.
enum Reply {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// Only the workbench's own style sheet and script, no frames, forms posting only to the
    /// workbench, no referrer (URLs name records), nothing cached (pages show personal data).
    static let securityHeaders: [(HTTPField.Name, String)] = [
        (
            .contentSecurityPolicy,
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'"
        ),
        (.xContentTypeOptions, "nosniff"), (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
        (HTTPField.Name("X-Frame-Options")!, "DENY"),
    ]

    static func secure(_ response: inout Response) {
        for (name, value) in securityHeaders where response.headers[name] == nil {
            response.headers[name] = value
        }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
    }

    /// A cookie the page's script cannot read and no other site's request carries.
    static func cookie(_ name: String, _ value: String, path: String = "/", maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: path, httpOnly: true, sameSite: .strict)
    }
}
