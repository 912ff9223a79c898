extension Templates {
    static let changes = """
        {{>top}}
        <h1>{{t.changes_title}}</h1>
        <nav class="tabs" aria-label="{{t.registry}}">
        {{#registries}}<a href="{{href}}"{{#current}} class="current" aria-current="page"{{/current}}>{{label}}
         <span class="badge">{{proposed}}</span></a>
        {{/registries}}
        </nav>
        {{#result}}<section class="result" role="status"><p>{{heading}}</p><ul>{{#lines}}<li>{{.}}</li>{{/lines}}</ul></section>{{/result}}
        <p class="count"><strong id="proposed-count">{{proposedCount}}</strong> {{t.proposed_count}} ・ {{heldCount}} {{t.held_count}}</p>
        {{#empty}}<p class="empty">{{t.no_changes}}</p>{{/empty}}
        {{^empty}}
        <form method="post" action="/changes/decide">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="registry" value="{{registry}}">
        <table class="changes">
        <thead><tr><th scope="col">{{t.select}}</th><th scope="col">{{t.change}}</th><th scope="col">{{t.record}}</th>
        <th scope="col">{{t.role}}</th><th scope="col">{{t.kind}}</th><th scope="col">{{t.old_address}}</th>
        <th scope="col">{{t.new_address}}</th><th scope="col">{{t.moved_on}}</th><th scope="col">{{t.deadline}}</th>
        <th scope="col">{{t.policy}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td><input type="checkbox" name="id" value="{{id}}" id="change-{{id}}" aria-label="{{t.change}} {{id}}"></td>
        <td class="num"><label for="change-{{id}}">{{id}}</label></td><td>{{recordKey}}</td><td>{{role}}</td><td>{{kind}}</td>
        <td>{{old}}</td><td>{{{newHTML}}}</td><td>{{moved}}</td><td>{{deadline}}</td><td>{{policy}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        <div class="buttons">
        <button type="submit" name="action" value="approve" class="confirm">{{t.approve}}</button>
        <button type="submit" name="action" value="refuse" class="reject">{{t.refuse}}</button>
        </div>
        </form>
        {{/empty}}
        {{>pager}}
        {{>bottom}}
        """
}
