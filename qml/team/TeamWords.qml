import QtQml
import Chorus.Team

// The words of the theme, action, framework and export pages for what the hub sends as
// codes: errors, counts under the small-number rule, kinds, roles, age bands and statuses.
QtObject {
    id: root

    // A count the hub suppressed (null) reads "hidden to protect small groups", whether it is
    // small, a large count hidden with a small one, or a zero; the hub's number otherwise.
    // Counts of people that the hub sends plain (methods, loop closure) follow the same rule
    // here, so that no small group shows on screen whatever the answer carries.
    function count(value: var, suppressed: bool, threshold: int): string {
        if (root.hidden(value, suppressed, threshold))
            return qsTr("hidden to protect small groups", "@info a hidden count: small, hidden with a small one, or a zero")
        return Number(value).toLocaleString(Qt.locale(), "f", 0)
    }

    function hidden(value: var, suppressed: bool, threshold: int): bool {
        return suppressed || value === null || value === undefined || (value > 0 && value < threshold)
    }

    function cell(c: var, threshold: int): string {
        return root.count(c.count, c.suppressed === true, threshold)
    }

    // One line for a record: its kind and its words (or what it holds instead of words).
    function recordSummary(r: var): string {
        let words = r.answerText
        if (words.length === 0)
            words = r.hasDrawing ? qsTr("a drawing", "@item feedback without words")
                  : r.hasVoice ? qsTr("a voice note", "@item feedback without words")
                  : qsTr("no words", "@item feedback without words")
        return qsTr("%1: %2", "@item feedback kind: its words").arg(root.kindName(r.kind)).arg(words)
    }

    // The framework's cluster and parameter titles (ids from ../shared/framework.json);
    // a title this build does not know is shown as the hub sends it.
    function frameworkTitle(id: string, fallback: string): string {
        switch (id) {
        case "mobilisers": return qsTr("Mobilisers", "@title framework")
        case "vision-and-values": return qsTr("Vision and values", "@title framework")
        case "motivations": return qsTr("Motivations", "@title framework")
        case "case-for-change": return qsTr("The case for change", "@title framework")
        case "design-and-implementation": return qsTr("Design and implementation features", "@title framework")
        case "degree-of-fit": return qsTr("The degree of 'fit'", "@title framework")
        case "innovation-design": return qsTr("The innovation design", "@title framework")
        case "coproduction": return qsTr("Coproduction", "@title framework")
        case "implementation-process": return qsTr("The implementation process", "@title framework")
        case "operational-capability": return qsTr("Operational capability", "@title framework")
        case "workforce-capacity": return qsTr("Workforce capacity", "@title framework")
        case "workforce-knowledge-and-skills": return qsTr("Workforce knowledge and skills", "@title framework")
        case "finance": return qsTr("Finance", "@title framework")
        case "leadership": return qsTr("Leadership", "@title framework")
        case "culture-climate-processes": return qsTr("Organisational culture, climate and processes", "@title framework")
        case "collaboration-and-participation": return qsTr("Collaboration and participation", "@title framework")
        case "attitudes": return qsTr("Attitudes", "@title framework")
        case "trust-emotions-relationships": return qsTr("Trust, emotions and relationships", "@title framework")
        case "learning-and-evaluation": return qsTr("Learning and evaluation", "@title framework")
        case "macro-context": return qsTr("The macro context", "@title framework")
        case "professional-and-regulatory-conditions": return qsTr("Professional and regulatory conditions", "@title framework")
        case "political-and-policy-agendas": return qsTr("Political and policy agendas", "@title framework")
        case "public-perceptions": return qsTr("Public perceptions", "@title framework")
        }
        return fallback
    }

    // The hub's reason for a parameter without indicators, in words of this language.
    function noDataReason(reason: string): string {
        switch (reason) {
        case "Chorus collects no data for this parameter":
            return qsTr("Chorus collects no data for this parameter.", "@info framework")
        case "no feedback has been received yet":
            return qsTr("no feedback has been received yet.", "@info framework")
        }
        return reason
    }

    function kindName(kind: string): string {
        switch (kind) {
        case "text": return qsTr("Words", "@item feedback kind")
        case "choice": return qsTr("Choice", "@item feedback kind")
        case "scale": return qsTr("Scale", "@item feedback kind")
        case "ordering": return qsTr("Card sort", "@item feedback kind")
        case "drawing": return qsTr("Drawing", "@item feedback kind")
        case "audio": return qsTr("Voice note", "@item feedback kind")
        case "structured": return qsTr("Three houses or circles", "@item feedback kind")
        }
        return kind
    }

    function roleName(role: string): string {
        switch (role) {
        case "child": return qsTr("Child", "@item role of the person heard")
        case "young-person": return qsTr("Young person", "@item role of the person heard")
        case "parent": return qsTr("Parent", "@item role of the person heard")
        case "carer": return qsTr("Carer", "@item role of the person heard")
        }
        return role
    }

    function ageBandName(band: string): string {
        switch (band) {
        case "under-5": return qsTr("Under 5", "@item age band")
        case "adult": return qsTr("Adult", "@item age band")
        }
        return qsTr("%1 years", "@item age band, e.g. 8-11 years").arg(band)
    }

    function statusName(status: string): string {
        switch (status) {
        case "planned": return qsTr("Planned", "@item action status")
        case "doing": return qsTr("Doing", "@item action status")
        case "done": return qsTr("Done", "@item action status")
        }
        return status
    }

    // The hub's (or the page's) error code in words the team can act on: the one table of
    // the Team screens' codes is ReviewErrors (C++), which the controller uses too.
    function error(code: string, field: string): string {
        return Team.errorWords(code, field)
    }
}
