/// The workbench's Mustache templates, by name. Every page starts with `{{>top}}` and ends
/// with `{{>bottom}}`; styles and the keyboard script come from `/static/` (same origin, no
/// network), which the pages' Content-Security-Policy allows and nothing else.
enum Templates {
    static let all: [(String, String)] = [
        ("top", top), ("bottom", bottom), ("message", message), ("login", login), ("password", password),
        ("queue", queue), ("pair", pair), ("changes", changes), ("pager", pager),
    ]

    static let top = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>{{title}} — {{t.app}}</title>
        <link rel="stylesheet" href="/static/workbench.css">
        <script src="/static/workbench.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">{{t.skip_link}}</a>
        <header class="bar">
        <span class="app">{{t.app}}</span>
        {{#user}}
        <nav aria-label="menu">
        <a href="/queue">{{t.queue}}</a>
        {{#approver}}<a href="/changes">{{t.changes}}</a>{{/approver}}
        </nav>
        {{/user}}
        <span class="spacer"></span>
        <a class="lang" href="{{switchHref}}" hreflang="{{t.lang_other}}">{{t.lang_switch}}</a>
        {{#user}}
        <span class="who">{{t.signed_in_as}}: <strong>{{name}}</strong>（{{role}}）</span>
        <form method="post" action="/logout" class="inline">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit" class="link">{{t.logout}}</button>
        </form>
        {{/user}}
        </header>
        <main id="main">
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}

        """

    /// The links to the first and the next page of a keyset-paged list (empty on a single page).
    static let pager = """
        <nav class="pages" aria-label="pages">
        {{#firstHref}}<a href="{{firstHref}}">{{t.first_page}}</a>{{/firstHref}}
        {{#nextHref}}<a href="{{nextHref}}" rel="next">{{t.next_page}}</a>{{/nextHref}}
        </nav>

        """

    static let bottom = """
        </main>
        </body>
        </html>

        """

    static let message = """
        {{>top}}
        <h1>{{title}}</h1>
        <p>{{text}}</p>
        <p><a href="/queue">{{t.queue}}</a></p>
        {{>bottom}}
        """

    static let login = """
        {{>top}}
        <section class="narrow">
        <h1>{{t.login_title}}</h1>
        <form method="post" action="/login" class="stack">
        <input type="hidden" name="csrf" value="{{loginToken}}">
        <label for="name">{{t.name}}</label>
        <input id="name" name="name" autocomplete="username" required autofocus value="{{name}}">
        <label for="password">{{t.password}}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit" class="primary">{{t.login}}</button>
        </form>
        </section>
        {{>bottom}}
        """

    static let password = """
        {{>top}}
        <section class="narrow">
        <h1>{{t.password_title}}</h1>
        <p>{{t.password_intro}}</p>
        <form method="post" action="/password" class="stack">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="password">{{t.new_password}}</label>
        <input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" autofocus>
        <label for="again">{{t.new_password_again}}</label>
        <input id="again" name="again" type="password" autocomplete="new-password" required minlength="12">
        <button type="submit" class="primary">{{t.save}}</button>
        </form>
        </section>
        {{>bottom}}
        """
}
