extension Templates {
    static let queue = """
        {{>top}}
        <h1>{{t.queue_title}}</h1>
        <form method="get" action="/queue" class="filters" aria-label="{{t.filter}}">
        <label>{{t.registry}}
        <select name="registry">
        <option value="">{{t.any}}</option>
        {{#registries}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/registries}}
        </select></label>
        <label>{{t.municipality}}
        <select name="municipality">
        <option value="">{{t.any}}</option>
        {{#municipalities}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}（{{count}}）</option>{{/municipalities}}
        </select></label>
        <label>{{t.reason}}
        <select name="reason">
        <option value="">{{t.any}}</option>
        {{#reasons}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{label}}（{{count}}）</option>{{/reasons}}
        </select></label>
        <button type="submit">{{t.apply_filter}}</button>
        </form>
        <p class="count"><strong id="queue-count">{{count}}</strong> {{t.items}} {{t.in_queue}}</p>
        {{#empty}}<p class="empty">{{t.empty_queue}}</p>{{/empty}}
        {{^empty}}
        <table class="queue">
        <thead><tr><th scope="col">#</th><th scope="col">{{t.registry}}</th><th scope="col">{{t.record}}</th>
        <th scope="col">{{t.role}}</th><th scope="col">{{t.ledger_name}}</th><th scope="col">{{t.municipality}}</th>
        <th scope="col">{{t.reason}}</th><th scope="col">{{t.probability}}</th><th scope="col">{{t.candidates}}</th></tr></thead>
        <tbody>
        {{#entries}}
        <tr data-record="{{recordKey}}" data-registry="{{registryCode}}" data-role="{{roleCode}}">
        <td class="num">{{index}}</td><td>{{registry}}</td>
        <td><a class="pair-link" href="{{href}}">{{recordKey}}</a></td><td>{{role}}</td><td>{{name}}</td>
        <td>{{municipality}}</td><td>{{reason}}</td><td class="num">{{probability}}</td>
        <td class="num">{{open}} / {{total}}</td>
        </tr>
        {{/entries}}
        </tbody>
        </table>
        {{/empty}}
        {{>pager}}
        {{>bottom}}
        """
}
