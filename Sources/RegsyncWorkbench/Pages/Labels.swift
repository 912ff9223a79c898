import RegsyncReport

/// The words of the pages in Japanese (first: the users are Japanese registry offices) and in
/// English. Codes stored by the matcher and the propagator (reasons, levels, roles, ...) get
/// their Japanese labels from the review report's tables, so the report and the workbench
/// say the same thing.
enum Labels {
    /// The page texts of a language, by key (templates read them as `t.key`).
    static func texts(_ language: Language) -> [String: String] {
        language == .english ? english : japanese
    }

    /// The label of a stored code: `label（code）` in Japanese, the English label otherwise.
    static func code(_ code: String, _ kind: CodeKind, _ language: Language) -> String {
        switch language {
        case .japanese: HTMLSupport.label(code, kind.japanese)
        case .english: kind.english[code] ?? code.replacingOccurrences(of: "_", with: " ")
        }
    }

    /// The kinds of stored codes.
    enum CodeKind {
        case registry, role, reason, comparison, level, status, decision, changeKind, policy, verdict

        var japanese: [String: String] {
            switch self {
            case .registry: ["vehicle": "自動車登録", "realestate": "不動産登記", "commercial": "商業・法人登記"]
            case .role: HTMLSupport.roleLabels
            case .reason: HTMLSupport.reasonLabels
            case .comparison: HTMLSupport.comparisonLabels
            case .level: HTMLSupport.levelLabels
            case .status: ["active": "在住", "moved_abroad": "国外転出", "deceased": "死亡", "removed": "消除"]
            case .decision: HTMLSupport.decisionLabels
            case .changeKind: ["move": "転居", "administrative": "行政区画・住居表示の変更"]
            case .policy: ["propose": "承認待ち", "apply-with-consent": "同意がある場合のみ反映", "apply": "即時反映", "report": "報告のみ"]
            case .verdict: ["confirm": "確認（同一人）", "reject": "否認（別人）"]
            }
        }

        var english: [String: String] {
            switch self {
            case .registry: ["vehicle": "Vehicles", "realestate": "Real estate", "commercial": "Commercial"]
            case .role: ["owner": "owner", "user": "user", "representative": "representative", "officer": "officer"]
            case .reason:
                [
                    "above_threshold": "above threshold", "steward_confirmed": "confirmed by a steward",
                    "between_thresholds": "between thresholds", "close_runner_up": "close runner-up",
                    "household_lookalike": "look-alike in the household",
                    "no_anchor": "no address or birth date agrees", "fuzzy_name": "name only similar",
                    "below_threshold": "below threshold", "no_candidate": "no candidate",
                    "legal_entity": "legal entity",
                    "empty_name": "no name", "steward_rejected": "rejected by a steward",
                ]
            case .comparison:
                [
                    "prior": "prior", "surname": "surname", "given_name": "given name", "birth_date": "birth date",
                    "address": "address",
                ]
            case .level:
                [
                    "exact": "exact", "variant": "variant characters", "former": "former surname",
                    "reading": "same reading", "typo": "possible typo", "else": "different", "null": "missing",
                    "partial": "partly equal", "exact_valid": "exact (valid on the recorded date)",
                    "exact_other": "exact (another time)", "town": "same town", "municipality": "same municipality",
                    "predates_history": "before the history",
                ]
            case .status:
                ["active": "resident", "moved_abroad": "moved abroad", "deceased": "deceased", "removed": "removed"]
            case .decision: ["link": "linked", "review": "review", "no-link": "no link"]
            case .changeKind: ["move": "move", "administrative": "administrative change"]
            case .policy:
                [
                    "propose": "awaiting approval", "apply-with-consent": "applied where consented",
                    "apply": "applied at once", "report": "report only",
                ]
            case .verdict: ["confirm": "confirmed (same person)", "reject": "rejected (different person)"]
            }
        }
    }

    static let japanese: [String: String] = [
        "app": "regsync 照合ワークベンチ", "lang_switch": "English", "lang_other": "en",
        "queue": "要確認一覧", "changes": "変更の承認", "logout": "ログアウト", "skip_link": "本文へ移動",
        "login_title": "ログイン", "name": "アカウント名", "password": "パスワード", "login": "ログイン",
        "login_refused": "アカウント名またはパスワードが違います。",
        "login_locked": "失敗が続いたため、このアカウント名は一時的にロックされています。時間をおいて再試行するか、管理者に再設定を依頼してください。",
        "password_title": "パスワードの設定", "password_intro": "初回ログインです。一時パスワードに代わる新しいパスワードを設定してください（12文字以上）。",
        "new_password": "新しいパスワード", "new_password_again": "新しいパスワード（確認）", "save": "設定する",
        "password_mismatch": "2つのパスワードが一致しません。", "password_too_short": "12文字以上にしてください。",
        "password_contains_name": "アカウント名を含まないものにしてください。",
        "password_too_simple": "もっと多くの種類の文字を使ってください。",
        "password_same": "一時パスワードとは別のものにしてください。",
        "forbidden_title": "権限がありません", "forbidden": "この頁を見る権限がありません。",
        "csrf_title": "要求を受け付けられません", "csrf": "フォームの確認用トークンがないか、一致しません。頁を開き直してから操作してください。",
        "not_found": "見つかりません。",
        "queue_title": "要確認一覧（不確実な順）", "filter": "絞り込み", "registry": "台帳", "municipality": "市区町村",
        "reason": "理由", "any": "すべて", "apply_filter": "表示", "items": "件", "in_queue": "要確認",
        "record": "記録", "role": "区分", "ledger_name": "台帳の氏名", "probability": "確率", "weight": "重み",
        "candidates": "候補", "open": "未決", "first_page": "最初の頁", "next_page": "次の頁",
        "empty_queue": "要確認の組はありません。", "withheld": "（支援措置対象）", "unknown": "不明",
        "pair_title": "照合の確認", "ledger": "台帳の記載", "resident": "住民", "reading": "フリガナ",
        "former_surname": "旧氏", "birth_date": "生年月日", "status": "状態", "address": "住所", "recorded_on": "記録日",
        "history": "住所履歴", "recorded_marker": "台帳の記録日", "now": "現在", "household": "同一世帯の者（類似者）",
        "no_household": "同一世帯の者はいません。", "also_candidate": "この台帳記録の候補でもあります",
        "evidence": "比較の根拠", "comparison": "比較", "level": "水準", "waterfall": "一致重みの内訳", "total": "計",
        "rules": "ブロッキング規則", "comment": "コメント（任意）", "confirm": "確認（同一人）", "reject": "否認（別人）",
        "skip": "保留して次の人へ", "next": "次の組", "keys_hint": "キー操作: C 確認 ・ R 否認 ・ S 保留 ・ N 次の組",
        "protected_note": "支援措置対象者です。住所は表示しません。",
        "protected_officer": "支援措置対象者です。住所は DV 担当者にのみ表示しています。取扱いに注意してください。",
        "decided_by": "決定済み", "already_decided": "この組は既に決定されています",
        "not_in_review": "この台帳記録は要確認ではなくなりました", "notice_confirm": "直前の組を確認（同一人）として記録しました。",
        "notice_reject": "直前の組を否認（別人）として記録しました。", "queue_done": "一覧の最後まで来ました。",
        "candidate_of": "候補", "by": "担当", "at": "日時", "decision": "判定", "current_link": "現在の照合先",
        "changes_title": "変更の承認（承認待ちの住所変更）", "change": "変更", "kind": "種別", "old_address": "現在の台帳住所",
        "new_address": "新しい住所", "moved_on": "異動日", "deadline": "申請期限", "policy": "方針", "select": "選択",
        "approve": "承認して反映", "refuse": "却下", "no_changes": "承認待ちの変更はありません。",
        "held_count": "支援措置により保留中（住所は表示しません）", "proposed_count": "承認待ち",
        "changes_applied": "承認した変更を反映しました", "changes_refused": "変更を却下しました", "batch": "バッチ",
        "stale": "台帳が計画後に変わったため反映しなかったもの", "rollback_hint": "取り消すには: regsync rollback",
        "changes_conflict": "選んだ変更の一部は承認待ちではなくなっています（他の担当者が処理済みなど）。",
        "changes_locked": "別の反映処理が実行中です。しばらくしてから再試行してください。",
        "changes_policy": "この台帳の方針は報告のみです。変更は反映しません。",
        "nothing_selected": "変更が選ばれていません。", "signed_in_as": "ログイン中",
        "role_steward": "担当者", "role_approver": "承認者", "role_dv-officer": "DV担当者",
    ]

    static let english: [String: String] = [
        "app": "regsync steward workbench", "lang_switch": "日本語", "lang_other": "ja",
        "queue": "Review queue", "changes": "Pending changes", "logout": "Log out", "skip_link": "Skip to content",
        "login_title": "Log in", "name": "Account name", "password": "Password", "login": "Log in",
        "login_refused": "Wrong account name or password.",
        "login_locked":
            "This account name is locked for a while after repeated failures. Try again later or ask an administrator to reset it.",
        "password_title": "Set your password",
        "password_intro":
            "First login: replace the one-time password with a password of your own (at least 12 characters).",
        "new_password": "New password", "new_password_again": "New password (again)", "save": "Save",
        "password_mismatch": "The two passwords differ.", "password_too_short": "Use at least 12 characters.",
        "password_contains_name": "Do not include the account name.",
        "password_too_simple": "Use more different characters.",
        "password_same": "Choose a password other than the one-time password.",
        "forbidden_title": "Not allowed", "forbidden": "Your role may not open this page.",
        "csrf_title": "Request refused",
        "csrf": "The form's token is missing or does not match. Open the page again and retry.",
        "not_found": "Not found.",
        "queue_title": "Review queue (most uncertain first)", "filter": "Filter", "registry": "Registry",
        "municipality": "Municipality", "reason": "Reason", "any": "any", "apply_filter": "Show", "items": "items",
        "in_queue": "awaiting review", "record": "Record", "role": "Role", "ledger_name": "Name in the registry",
        "probability": "Probability", "weight": "Weight", "candidates": "Candidates", "open": "open",
        "first_page": "First page", "next_page": "Next page", "empty_queue": "Nothing awaits review.",
        "withheld": "(protected)", "unknown": "unknown",
        "pair_title": "Review a pair", "ledger": "Registry record", "resident": "Resident", "reading": "Reading",
        "former_surname": "Former surname", "birth_date": "Birth date", "status": "Status", "address": "Address",
        "recorded_on": "Recorded on", "history": "Address history", "recorded_marker": "recorded in the registry",
        "now": "now", "household": "Household members (look-alikes)", "no_household": "No other household members.",
        "also_candidate": "also a candidate for this record", "evidence": "Evidence", "comparison": "Comparison",
        "level": "Level", "waterfall": "Match weight, step by step", "total": "total", "rules": "Blocking rules",
        "comment": "Comment (optional)", "confirm": "Confirm (same person)", "reject": "Reject (different person)",
        "skip": "Skip to the next person", "next": "Next pair",
        "keys_hint": "Keys: C confirm · R reject · S skip · N next pair",
        "protected_note": "This resident is under DV support measures: addresses are not shown.",
        "protected_officer":
            "This resident is under DV support measures. Addresses are shown to DV officers only: handle with care.",
        "decided_by": "Decided", "already_decided": "This pair was already decided",
        "not_in_review": "This record no longer awaits review",
        "notice_confirm": "The previous pair was recorded as confirmed (same person).",
        "notice_reject": "The previous pair was recorded as rejected (different person).",
        "queue_done": "You reached the end of the queue.", "candidate_of": "Candidate", "by": "by", "at": "at",
        "decision": "Decision", "current_link": "Linked to",
        "changes_title": "Pending changes (address changes awaiting approval)", "change": "Change", "kind": "Kind",
        "old_address": "Address in the registry", "new_address": "New address", "moved_on": "Moved on",
        "deadline": "Filing deadline", "policy": "Policy", "select": "Select", "approve": "Approve and apply",
        "refuse": "Refuse", "no_changes": "No change awaits approval.",
        "held_count": "held under DV support measures (addresses not shown)", "proposed_count": "awaiting approval",
        "changes_applied": "The approved changes were applied", "changes_refused": "The changes were refused",
        "batch": "Batch", "stale": "left alone, the registry changed since they were planned",
        "rollback_hint": "To undo: regsync rollback",
        "changes_conflict": "Some selected changes no longer await approval (another approver handled them, say).",
        "changes_locked": "Another propagation is running. Try again shortly.",
        "changes_policy": "This registry's policy is report only: changes are not written.",
        "nothing_selected": "No change was selected.", "signed_in_as": "Signed in as",
        "role_steward": "steward", "role_approver": "approver", "role_dv-officer": "DV officer",
    ]
}
