/// The style sheet and the keyboard script, served from `/static/` by the workbench itself:
/// nothing comes from the network, and the pages' Content-Security-Policy allows only these.
enum StaticAssets {
    /// The assets by path, with their media types.
    static let files: [String: (type: String, body: String)] = [
        "workbench.css": ("text/css; charset=utf-8", css),
        "workbench.js": ("text/javascript; charset=utf-8", script),
    ]

    /// Single-key shortcuts (C confirm, R reject, S skip, N next): a key clicks the control
    /// that names it in `data-key`, unless the steward is typing in a field or holds a modifier.
    static let script = """
        "use strict";
        document.addEventListener("keydown", function (event) {
          if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) { return; }
          var target = event.target;
          if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
          var control = document.querySelector('[data-key="' + event.key.toLowerCase() + '"]');
          if (!control) { return; }
          event.preventDefault();
          control.click();
        });

        """

    static let css = """
        :root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d0d7e2; --accent: #1d4e89; --ledger: #fffbea;
                --ok: #1f6f3f; --no: #8b1e1e; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; color: var(--ink);
               background: var(--bg); line-height: 1.5; }
        a { color: var(--accent); }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px; }
        header.bar { display: flex; align-items: center; gap: 16px; padding: 8px 20px; background: #1d3557; color: #fff; }
        header.bar a, header.bar .link { color: #fff; }
        header.bar .app { font-weight: 700; }
        header.bar nav { display: flex; gap: 14px; }
        .spacer { flex: 1; }
        form.inline { display: inline; margin: 0; }
        button.link { background: none; border: 0; padding: 0; font: inherit; text-decoration: underline; cursor: pointer; }
        main { max-width: 1280px; margin: 0 auto; padding: 16px 20px 48px; }
        h1 { font-size: 1.45em; margin: 8px 0 6px; }
        h2 { font-size: 1.1em; margin: 0 0 8px; border-bottom: 2px solid var(--accent); padding-bottom: 2px; }
        .meta, .small { color: var(--muted); } .small { font-size: 0.85em; }
        .notice { background: #e6f4ea; border: 1px solid #9ccfa9; padding: 8px 12px; border-radius: 4px; }
        .error, .conflict { background: #fdecea; border: 1px solid #e3a39b; padding: 8px 12px; border-radius: 4px; }
        .conflict h2 { border: 0; color: var(--no); }
        .protected { color: var(--no); font-weight: 600; background: #fff4f2; border-left: 4px solid var(--no);
                     padding: 6px 10px; }
        .narrow { max-width: 420px; margin: 40px auto; background: #fff; border: 1px solid var(--line); padding: 20px;
                  border-radius: 6px; }
        .stack { display: flex; flex-direction: column; gap: 6px; }
        input, select, textarea, button, .button { font: inherit; padding: 6px 10px; border: 1px solid #9aa5b5;
                  border-radius: 4px; background: #fff; color: var(--ink); }
        button, .button { cursor: pointer; text-decoration: none; display: inline-block; }
        button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
        button.confirm { background: var(--ok); color: #fff; border-color: var(--ok); }
        button.reject { background: var(--no); color: #fff; border-color: var(--no); }
        :focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
        kbd { font-family: monospace; font-size: 0.8em; border: 1px solid currentColor; border-radius: 3px; padding: 0 4px;
              margin-left: 4px; }
        table { border-collapse: collapse; background: #fff; }
        th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #eef2f8; font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.plus { color: var(--ok); } td.minus { color: var(--no); }
        table.queue, table.changes { width: 100%; }
        table.queue tbody tr:hover { background: #f1f5fb; }
        .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: end; background: #fff; padding: 10px;
                   border: 1px solid var(--line); border-radius: 6px; }
        .filters label { display: flex; flex-direction: column; font-size: 0.9em; }
        .pages { margin: 12px 0; display: flex; gap: 16px; }
        nav.candidates, nav.tabs { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
        nav.candidates a, nav.tabs a { border: 1px solid var(--line); border-radius: 16px; padding: 2px 12px;
                  background: #fff; text-decoration: none; }
        nav.candidates a.current, nav.tabs a.current { background: var(--accent); color: #fff; border-color: var(--accent); }
        .badge { background: #e2e8f0; color: var(--ink); border-radius: 8px; padding: 0 6px; font-size: 0.85em; }
        .sides { display: flex; flex-wrap: wrap; gap: 14px; }
        .side { flex: 1 1 420px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; }
        .side.ledger { background: var(--ledger); }
        dl { display: grid; grid-template-columns: 9em 1fr; gap: 4px 12px; margin: 0; }
        dt { color: var(--muted); } dd { margin: 0; }
        dd.name, td.name { font-size: 1.25em; }
        mark { background: #ffd54f; color: #000; padding: 0 1px; border-radius: 2px; }
        .recorded { color: #7a5a00; font-weight: 600; }
        section.history, section.household, section.evidence, section.actions { background: #fff; border: 1px solid
                  var(--line); border-radius: 6px; padding: 12px; margin: 14px 0; }
        ol.addresses { margin: 6px 0 0; padding-left: 1.6em; }
        ol.addresses li.at-recorded { font-weight: 700; }
        .period { color: var(--muted); font-variant-numeric: tabular-nums; }
        .evidence-parts { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
        figure { margin: 0; } figcaption { font-size: 0.85em; color: var(--muted); }
        section.actions { position: sticky; bottom: 0; box-shadow: 0 -2px 8px rgba(0,0,0,0.08); }
        section.actions textarea { width: 100%; }
        .buttons { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 8px; }
        .verdict { font-weight: 600; }
        .result { background: #e6f4ea; border: 1px solid #9ccfa9; padding: 8px 12px; border-radius: 4px; }

        """
}
