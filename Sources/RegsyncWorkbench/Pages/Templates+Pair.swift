extension Templates {
    static let pair = """
        {{>top}}
        {{#conflict}}<section class="conflict" role="alert"><h2>{{heading}}</h2><p>{{text}}</p></section>{{/conflict}}
        <h1>{{t.pair_title}}</h1>
        <p class="meta">{{registry}} ・ {{role}} ・ {{t.record}} <code id="record-key">{{recordKey}}</code>
         ・ {{t.reason}}: {{reason}} ・ {{t.weight}} {{weight}} ・ {{t.probability}} {{probability}}</p>
        {{#linkState}}<p class="state">{{linkState}}</p>{{/linkState}}
        <nav class="candidates" aria-label="{{t.candidates}}">
        {{#candidates}}<a href="{{href}}"{{#current}} class="current" aria-current="page"{{/current}}>{{t.candidate_of}} {{rank}}
         · {{probability}}{{#decision}} · <span class="verdict">{{decision}}</span>{{/decision}}</a>
        {{/candidates}}
        </nav>
        {{#protectedNote}}<p class="protected" role="note">{{protectedNote}}</p>{{/protectedNote}}
        <div class="sides">
        <section class="side ledger" aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">{{t.ledger}}</h2>
        <dl>
        <dt>{{t.ledger_name}}</dt><dd class="name">{{{ledgerNameHTML}}}</dd>
        <dt>{{t.reading}}</dt><dd>{{{ledgerReadingHTML}}}</dd>
        <dt>{{t.birth_date}}</dt><dd>{{{ledgerBirthHTML}}}</dd>
        <dt>{{t.address}}</dt><dd class="address">{{ledgerAddress}}</dd>
        <dt>{{t.recorded_on}}</dt><dd class="recorded">{{ledgerRecorded}}</dd>
        </dl>
        </section>
        <section class="side resident" aria-labelledby="resident-heading">
        <h2 id="resident-heading">{{t.resident}} <code id="resident-code">{{residentCode}}</code></h2>
        <dl>
        <dt>{{t.ledger_name}}</dt><dd class="name">{{{residentNameHTML}}}</dd>
        <dt>{{t.reading}}</dt><dd>{{{residentReadingHTML}}}</dd>
        <dt>{{t.former_surname}}</dt><dd>{{former}}</dd>
        <dt>{{t.birth_date}}</dt><dd>{{{residentBirthHTML}}}</dd>
        <dt>{{t.status}}</dt><dd>{{status}}</dd>
        <dt>{{t.weight}} / {{t.probability}}</dt><dd>{{candidateWeight}} / {{candidateProbability}}</dd>
        </dl>
        </section>
        </div>
        <section class="history" aria-labelledby="history-heading">
        <h2 id="history-heading">{{t.history}}</h2>
        {{{timeline}}}
        <ol class="addresses">
        {{#addresses}}<li{{#atRecorded}} class="at-recorded"{{/atRecorded}}><span class="period">{{from}} 〜 {{to}}</span> {{text}}</li>
        {{/addresses}}
        </ol>
        </section>
        <section class="household" aria-labelledby="household-heading">
        <h2 id="household-heading">{{t.household}}</h2>
        {{^household}}<p>{{t.no_household}}</p>{{/household}}
        {{#hasHousehold}}
        <table>
        <thead><tr><th scope="col">{{t.ledger_name}}</th><th scope="col">{{t.birth_date}}</th><th scope="col">{{t.resident}}</th><th scope="col"></th></tr></thead>
        <tbody>
        {{#household}}<tr><td class="name">{{{nameHTML}}}</td><td>{{birth}}</td><td><code>{{code}}</code></td>
        <td>{{#alsoCandidate}}<a href="{{alsoCandidate}}">{{t.also_candidate}}</a>{{/alsoCandidate}}</td></tr>
        {{/household}}
        </tbody>
        </table>
        {{/hasHousehold}}
        </section>
        <section class="evidence" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{{t.evidence}}</h2>
        <div class="evidence-parts">
        <table>
        <thead><tr><th scope="col">{{t.comparison}}</th><th scope="col">{{t.level}}</th><th scope="col">{{t.weight}}</th></tr></thead>
        <tbody>
        {{#levels}}<tr><td>{{comparison}}</td><td>{{level}}</td><td class="num {{sign}}">{{weight}}</td></tr>
        {{/levels}}
        </tbody>
        </table>
        <figure>{{{waterfall}}}<figcaption>{{t.waterfall}}</figcaption></figure>
        </div>
        <p class="small">{{t.rules}}: {{rules}}</p>
        </section>
        <section class="actions" aria-label="{{t.decision}}">
        {{#canDecide}}
        <form method="post" action="/pair/decide" id="decide">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">
        {{/hidden}}
        <label for="comment">{{t.comment}}</label>
        <textarea id="comment" name="comment" rows="2" maxlength="2000"></textarea>
        <div class="buttons">
        <button type="submit" name="verdict" value="confirm" class="confirm" data-key="c" accesskey="c">{{t.confirm}} <kbd>C</kbd></button>
        <button type="submit" name="verdict" value="reject" class="reject" data-key="r" accesskey="r">{{t.reject}} <kbd>R</kbd></button>
        <a href="{{skipHref}}" class="button" data-key="s" accesskey="s">{{t.skip}} <kbd>S</kbd></a>
        <a href="{{nextHref}}" class="button" data-key="n" accesskey="n">{{t.next}} <kbd>N</kbd></a>
        </div>
        </form>
        <p class="small">{{t.keys_hint}}</p>
        {{/canDecide}}
        {{^canDecide}}
        <div class="buttons">
        <a href="{{skipHref}}" class="button" data-key="s" accesskey="s">{{t.skip}} <kbd>S</kbd></a>
        <a href="{{nextHref}}" class="button" data-key="n" accesskey="n">{{t.next}} <kbd>N</kbd></a>
        </div>
        {{/canDecide}}
        </section>
        {{>bottom}}
        """
}
