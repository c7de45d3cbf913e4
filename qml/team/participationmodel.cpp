#include "participationmodel.h"

#include "qml/team/reviewclient.h"
#include "teamcontroller.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QUrl>

#include <algorithm>

using chorus::sync::ReviewReply;

namespace chorus::team {
namespace {

/** One figure as the card shows it. */
QVariantMap row(const QString& label, const QString& value, double bar, bool hidden,
                const QString& sentence)
{
    return QVariantMap{{"label", label},
                       {"value", value},
                       {"bar", bar},
                       {"hidden", hidden},
                       {"sentence", sentence}};
}

bool hidden(const QJsonValue& cell)
{
    const QJsonObject o = cell.toObject();
    return o.value(QLatin1String("suppressed")).toBool() ||
           o.value(QLatin1String("count")).isNull();
}

QString countText(const QJsonValue& cell)
{
    return hidden(cell)
               ? TeamController::hiddenWords()
               : QString::number(cell.toObject().value(QLatin1String("count")).toInteger());
}

QString percent(double share)
{
    return ParticipationModel::tr("%1%", "@info a share in per cent").arg(qRound(share * 100));
}

/** A count with its share: "12 (80%)", or hidden. */
QVariantMap shareRow(const QString& label, const QJsonValue& cell, const QString& sentence,
                     const QString& hiddenSentence)
{
    const QJsonValue share = cell.toObject().value(QLatin1String("share"));
    const bool isHidden = hidden(cell);
    QString value = countText(cell);
    if (!isHidden && share.isDouble()) {
        value = ParticipationModel::tr("%1 (%2)", "@info a count and its share")
                    .arg(value, percent(share.toDouble()));
    }
    return row(label, value, share.isDouble() ? share.toDouble() : -1.0, isHidden,
               isHidden ? hiddenSentence : sentence);
}

QString adaptationName(const QString& id)
{
    if (id == QLatin1String("read-aloud")) {
        return ParticipationModel::tr("Read aloud", "@label adaptation");
    }
    if (id == QLatin1String("voice-notes")) {
        return ParticipationModel::tr("Voice notes", "@label adaptation");
    }
    if (id == QLatin1String("large-text")) {
        return ParticipationModel::tr("Large text", "@label adaptation");
    }
    if (id == QLatin1String("high-contrast")) {
        return ParticipationModel::tr("High contrast", "@label adaptation");
    }
    if (id == QLatin1String("dyslexia-font")) {
        return ParticipationModel::tr("Dyslexia-friendly font", "@label adaptation");
    }
    return ParticipationModel::tr("Keyboard or switch", "@label adaptation");
}

QString languageName(const QString& id)
{
    if (id == QLatin1String("cy")) {
        return ParticipationModel::tr("Welsh", "@label language");
    }
    if (id == QLatin1String("ar")) {
        return ParticipationModel::tr("Arabic", "@label language");
    }
    return ParticipationModel::tr("English", "@label language");
}

QString groupName(const QString& group, const QString& value)
{
    if (group == QLatin1String("role")) {
        if (value == QLatin1String("child")) {
            return ParticipationModel::tr("Children", "@label role group");
        }
        if (value == QLatin1String("young-person")) {
            return ParticipationModel::tr("Young people", "@label role group");
        }
        if (value == QLatin1String("parent")) {
            return ParticipationModel::tr("Parents", "@label role group");
        }
        return ParticipationModel::tr("Carers", "@label role group");
    }
    return ParticipationModel::tr("Aged %1", "@label age band group").arg(value);
}

QVariantMap card(const char* element, const QString& title, const QString& purpose,
                 const QVariantList& rows)
{
    return QVariantMap{{"element", QLatin1String(element)},
                       {"title", title},
                       {"purpose", purpose},
                       {"rows", rows}};
}

QVariantMap space(const QJsonObject& s)
{
    QVariantList rows;
    const QJsonObject sessions = s.value(QLatin1String("sessions")).toObject();
    const bool total = !sessions.value(QLatin1String("totalSuppressed")).toBool();
    const QString n = total ? QString::number(sessions.value(QLatin1String("total")).toInteger())
                            : TeamController::hiddenWords();
    rows << row(
        ParticipationModel::tr("Sessions", "@label"), n, -1, !total,
        ParticipationModel::tr("How many children and adults took part in a session.", "@info"));
    rows << shareRow(
        ParticipationModel::tr("In their own time", "@label"), s.value(QLatin1String("ownTime")),
        ParticipationModel::tr("Sessions a young person did on their own, not with a practitioner.",
                               "@info"),
        ParticipationModel::tr("Too few to show without pointing to someone.", "@info"));
    for (const auto& a : s.value(QLatin1String("adaptations")).toArray()) {
        const QString name = adaptationName(a.toObject().value(QLatin1String("value")).toString());
        rows << shareRow(
            name, a,
            ParticipationModel::tr("Sessions that used %1: the bar is their share of all sessions.",
                                   "@info %1 an adaptation")
                .arg(name.toLower()),
            ParticipationModel::tr("Too few to show without pointing to someone.", "@info"));
    }
    for (const auto& c :
         s.value(QLatin1String("languages")).toObject().value(QLatin1String("cells")).toArray()) {
        const QString name = languageName(c.toObject().value(QLatin1String("value")).toString());
        rows << row(
            name, countText(c), -1, hidden(c),
            ParticipationModel::tr("Sessions held in %1.", "@info %1 a language").arg(name));
    }
    // Consent events (issue 19): only how many, never who or why; a hub from before them
    // sends neither field, and then no row is shown rather than a "hidden" one.
    const auto consentRow = [&rows, &s](const char* field, const QString& label,
                                        const QString& sentence) {
        if (!s.contains(QLatin1String(field))) {
            return;
        }
        const QJsonValue cell = s.value(QLatin1String(field));
        rows << row(label, countText(cell), -1, hidden(cell),
                    hidden(cell) ? ParticipationModel::tr(
                                       "Too few to show without pointing to someone.", "@info")
                                 : sentence);
    };
    consentRow("consentRefusals", ParticipationModel::tr("Chose not to take part", "@label"),
               ParticipationModel::tr("People who were asked and said no on the consent page. "
                                      "The team learns only how many, never who or why.",
                                      "@info"));
    consentRow(
        "withdrawals", ParticipationModel::tr("Withdrew their answers", "@label"),
        ParticipationModel::tr(
            "People who took part and later asked for their answers to be erased.", "@info"));
    return card(
        "space", ParticipationModel::tr("Space", "@title Lundy element"),
        ParticipationModel::tr("A safe, inclusive chance to take part.", "@info Lundy element"),
        rows);
}

/** Whether an age band has anything to say about a way of telling: a count above zero,
 *  or one hidden (which says so). A band of shown zeros only is left out. */
bool bandHasFigures(const QJsonObject& band)
{
    QList<QJsonValue> cells;
    for (const char* key : {"completed", "skipped", "leftUnfinished"}) {
        cells << band.value(QLatin1String(key));
    }
    const QJsonObject ratings = band.value(QLatin1String("ratings")).toObject();
    for (auto it = ratings.begin(); it != ratings.end(); ++it) {
        cells << it.value();
    }
    return std::any_of(cells.begin(), cells.end(), [](const QJsonValue& c) {
        return hidden(c) || c.toObject().value(QLatin1String("count")).toInteger() > 0;
    });
}

/** A way of telling for each age band that used it ("which ways worked for which
 *  children"): its share finished as the bar; a band the hub hid says so. */
void addAgeBandRows(QVariantList& rows, const QString& name, const QJsonObject& method)
{
    for (const auto& b : method.value(QLatin1String("byAgeBand")).toArray()) {
        const QJsonObject band = b.toObject();
        if (!bandHasFigures(band)) {
            continue;
        }
        const QString ageBand = band.value(QLatin1String("ageBand")).toString();
        const QJsonValue share = band.value(QLatin1String("completedShare"));
        const QString sentence =
            ParticipationModel::tr("Aged %1: finished %2, skipped %3, left unfinished %4; %5 said "
                                   "they liked telling this way.",
                                   "@info a way of telling for one age band")
                .arg(ageBand, countText(band.value(QLatin1String("completed"))),
                     countText(band.value(QLatin1String("skipped"))),
                     countText(band.value(QLatin1String("leftUnfinished"))),
                     countText(band.value(QLatin1String("ratings"))
                                   .toObject()
                                   .value(QLatin1String("liked"))));
        rows << row(
            ParticipationModel::tr("%1, aged %2", "@label a way of telling for an age band")
                .arg(name, ageBand),
            share.isDouble()
                ? ParticipationModel::tr("%1 finished", "@info").arg(percent(share.toDouble()))
                : TeamController::hiddenWords(),
            share.isDouble() ? share.toDouble() : -1.0, !share.isDouble(), sentence);
    }
}

QVariantMap voice(const QJsonObject& v, const std::function<QString(QString)>& typeName)
{
    QVariantList rows;
    for (const auto& m : v.value(QLatin1String("methods")).toArray()) {
        const QJsonObject o = m.toObject();
        const QString name = typeName(o.value(QLatin1String("type")).toString());
        const QJsonValue completed = o.value(QLatin1String("completed"));
        const QJsonValue skipped = o.value(QLatin1String("skipped"));
        const QJsonValue median = o.value(QLatin1String("medianSeconds")).toObject().value("value");
        QJsonValue liked;
        for (const auto& c :
             o.value(QLatin1String("ratings")).toObject().value(QLatin1String("cells")).toArray()) {
            if (c.toObject().value(QLatin1String("value")) == QLatin1String("liked")) {
                liked = c;
            }
        }
        const QString sentence =
            ParticipationModel::tr(
                "Offered %1 times: finished %2, skipped %3; about %4 seconds each; %5 children "
                "said they liked telling this way.",
                "@info a way of telling")
                .arg(countText(o.value(QLatin1String("offered"))), countText(completed),
                     countText(skipped),
                     median.isDouble()
                         ? QString::number(qRound(median.toDouble()))
                         : ParticipationModel::tr("an unknown number of", "@info hidden median"),
                     countText(liked));
        const QJsonValue share = completed.toObject().value(QLatin1String("share"));
        rows << row(
            name,
            share.isDouble()
                ? ParticipationModel::tr("%1 finished", "@info").arg(percent(share.toDouble()))
                : TeamController::hiddenWords(),
            share.isDouble() ? share.toDouble() : -1.0, !share.isDouble(), sentence);
        addAgeBandRows(rows, name, o);
    }
    return card(
        "voice", ParticipationModel::tr("Voice", "@title Lundy element"),
        ParticipationModel::tr("Helped to say what they think: which ways of telling worked.",
                               "@info Lundy element"),
        rows);
}

QVariantMap audience(const QJsonObject& a)
{
    QVariantList rows;
    rows << shareRow(
        ParticipationModel::tr("Read by the team", "@label"), a.value(QLatin1String("read")),
        ParticipationModel::tr("Answers a reviewer has opened at least once.", "@info"),
        ParticipationModel::tr("Too few to show without pointing to someone.", "@info"));
    rows << shareRow(
        ParticipationModel::tr("Given a theme", "@label"), a.value(QLatin1String("themed")),
        ParticipationModel::tr("Answers the team sorted into a theme.", "@info"),
        ParticipationModel::tr("Too few to show without pointing to someone.", "@info"));
    rows << shareRow(
        ParticipationModel::tr("Chosen as a quote", "@label"), a.value(QLatin1String("quoted")),
        ParticipationModel::tr("Answers the team marked to quote.", "@info"),
        ParticipationModel::tr("Too few to show without pointing to someone.", "@info"));
    const QJsonValue days =
        a.value(QLatin1String("medianDaysToFirstReview")).toObject().value(QLatin1String("value"));
    rows << row(ParticipationModel::tr("Days to first read", "@label"),
                days.isDouble() ? QString::number(days.toDouble()) : TeamController::hiddenWords(),
                -1, !days.isDouble(),
                ParticipationModel::tr(
                    "Half of the answers were read within this many days of arriving.", "@info"));
    return card("audience", ParticipationModel::tr("Audience", "@title Lundy element"),
                ParticipationModel::tr("Listened to by people who can act.", "@info Lundy element"),
                rows);
}

QVariantMap influence(const QJsonObject& i)
{
    QVariantList rows;
    const QJsonObject loop = i.value(QLatin1String("loopClosure")).toObject();
    const QJsonValue share = loop.value(QLatin1String("share"));
    rows << row(ParticipationModel::tr("Answered with an action", "@label"),
                share.isDouble() ? percent(share.toDouble()) : TeamController::hiddenWords(),
                share.isDouble() ? share.toDouble() : -1.0, !share.isDouble(),
                ParticipationModel::tr("Answers the team has published a \"you said, we did\" for.",
                                       "@info"));
    rows << shareRow(
        ParticipationModel::tr("Devices told", "@label"), i.value(QLatin1String("devicesTold")),
        ParticipationModel::tr("Devices that sent answers and have received what the team did.",
                               "@info"),
        ParticipationModel::tr("Too few to show without pointing to someone.", "@info"));
    return card("influence", ParticipationModel::tr("Influence", "@title Lundy element"),
                ParticipationModel::tr("Acted on, and told what changed.", "@info Lundy element"),
                rows);
}

QVariantMap reach(const QJsonObject& r)
{
    QVariantList rows;
    for (const auto& v : r.value(QLatin1String("againstIntended")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = groupName(o.value(QLatin1String("group")).toString(),
                                       o.value(QLatin1String("value")).toString());
        const int expected = o.value(QLatin1String("expected")).toInt();
        const QJsonValue heard = o.value(QLatin1String("heard"));
        const bool isHidden = o.value(QLatin1String("suppressed")).toBool() || heard.isNull();
        const QString heardText =
            isHidden ? TeamController::hiddenWords() : QString::number(heard.toInteger());
        const QString sentence =
            o.value(QLatin1String("notYetHeard")).toBool()
                ? ParticipationModel::tr("Not heard yet: %1 hoped for.", "@info").arg(expected)
                : ParticipationModel::tr("%1 heard of %2 hoped for.", "@info")
                      .arg(heardText)
                      .arg(expected);
        rows << row(name,
                    ParticipationModel::tr("%1 of %2", "@info heard of hoped for")
                        .arg(heardText)
                        .arg(expected),
                    !isHidden && expected > 0 ? std::min(1.0, heard.toDouble() / expected) : -1.0,
                    isHidden, sentence);
    }
    const QString notes =
        r.value(QLatin1String("intent")).toObject().value(QLatin1String("notes")).toString();
    if (!notes.isEmpty()) {
        rows << row(
            ParticipationModel::tr("Groups to reach", "@label"), notes, -1, false,
            ParticipationModel::tr("The team's own notes on whom it means to hear.", "@info"));
    }
    if (r.value(QLatin1String("intent")).isNull()) {
        rows << row(ParticipationModel::tr("Who we mean to hear", "@label"),
                    ParticipationModel::tr("not set", "@info"), -1, false,
                    ParticipationModel::tr("An admin can record the group the team means to hear.",
                                           "@info"));
    }
    return card("reach", ParticipationModel::tr("Reach", "@title participation"),
                ParticipationModel::tr("Who we have heard, and who not yet.", "@info"), rows);
}

QVariantMap resourcing(const QJsonObject& r)
{
    QVariantList rows;
    const QJsonValue hours = r.value(QLatin1String("practitionerHours"));
    const QJsonValue planned = r.value(QLatin1String("plannedHours"));
    const QJsonValue used = r.value(QLatin1String("usedShareOfPlanned"));
    const QJsonValue perVoice = r.value(QLatin1String("hoursPerVoiceHeard"));
    rows << row(
        ParticipationModel::tr("Practitioner hours", "@label"),
        hours.isDouble() ? QString::number(hours.toDouble()) : TeamController::hiddenWords(), -1,
        !hours.isDouble(),
        hours.isDouble()
            ? ParticipationModel::tr("Time practitioners spent in sessions, pauses left out.",
                                     "@info")
            : ParticipationModel::tr("Hidden: too few sessions to show their time.", "@info"));
    rows << row(
        ParticipationModel::tr("Hours per voice heard", "@label"),
        perVoice.isDouble() ? QString::number(perVoice.toDouble()) : TeamController::hiddenWords(),
        -1, !perVoice.isDouble(),
        ParticipationModel::tr("How much practitioner time it took to hear one person.", "@info"));
    rows << row(
        ParticipationModel::tr("Planned against used", "@label"),
        used.isDouble()
            ? ParticipationModel::tr("%1 of %2 hours", "@info used of planned")
                  .arg(hours.toDouble())
                  .arg(planned.toDouble())
            : (planned.isDouble()
                   ? ParticipationModel::tr("%1 hours planned", "@info").arg(planned.toDouble())
                   : ParticipationModel::tr("not planned", "@info")),
        used.isDouble() ? std::min(1.0, used.toDouble()) : -1.0, false,
        ParticipationModel::tr("The hours used so far, against the hours the team planned.",
                               "@info"));
    return card("resourcing", ParticipationModel::tr("Resourcing", "@title participation"),
                ParticipationModel::tr("The time it takes.", "@info"), rows);
}

} // namespace

ParticipationModel::ParticipationModel(QObject* parent) : ReviewRequests(parent)
{
    connect(this, &ReviewRequests::consultationChanged, this, &ParticipationModel::refresh);
}

void ParticipationModel::setAllConsultations(bool all)
{
    if (all != m_all) {
        m_all = all;
        emit allConsultationsChanged();
        refresh();
    }
}

QVariantList ParticipationModel::cardsOf(const QJsonObject& view)
{
    const auto typeName = [](const QString& type) {
        const QList<std::pair<const char*, QString>> known{
            {"feelings-scale", ParticipationModel::tr("Feelings scale", "@label way of telling")},
            {"choice", ParticipationModel::tr("Choosing", "@label way of telling")},
            {"free-text", ParticipationModel::tr("Writing", "@label way of telling")},
            {"magic-wand", ParticipationModel::tr("Magic wand", "@label way of telling")},
            {"card-sort", ParticipationModel::tr("Card sort", "@label way of telling")},
            {"feelings-timeline",
             ParticipationModel::tr("Feelings timeline", "@label way of telling")},
            {"circles", ParticipationModel::tr("Circles of people", "@label way of telling")},
            {"drawing", ParticipationModel::tr("Drawing", "@label way of telling")},
            {"three-houses", ParticipationModel::tr("Three houses", "@label way of telling")}};
        for (const auto& [id, words] : known) {
            if (type == QLatin1String(id)) {
                return words;
            }
        }
        return ParticipationModel::tr("Way of telling: %1", "@label activity type").arg(type);
    };
    return {space(view.value(QLatin1String("space")).toObject()),
            voice(view.value(QLatin1String("voice")).toObject(), typeName),
            audience(view.value(QLatin1String("audience")).toObject()),
            influence(view.value(QLatin1String("influence")).toObject()),
            reach(view.value(QLatin1String("reach")).toObject()),
            resourcing(view.value(QLatin1String("resourcing")).toObject())};
}

void ParticipationModel::refresh()
{
    if (!m_all && consultation().isEmpty()) {
        return;
    }
    const QString path =
        QStringLiteral("/v1/review/participation") + (m_all ? QString() : consultationQuery());
    send(Verb::Get, path, {}, [this](const ReviewReply& reply) {
        noteThreshold(reply.body);
        m_cards = cardsOf(reply.body);
        readIntent(
            reply.body.value(QLatin1String("reach")).toObject().value(QLatin1String("intent")));
        m_loaded = true;
        emit figuresChanged();
    });
}

void ParticipationModel::readIntent(const QJsonValue& intent)
{
    // The same lists as the hub's (PROTOCOL.md "Intent"): every box is shown, set or not.
    static const QStringList roles{"child", "young-person", "parent", "carer"};
    static const QStringList ageBands{"under-5", "5-7", "8-11", "12-15", "16-17", "18-24", "adult"};
    const QJsonObject i = intent.toObject();
    const QJsonObject expected = i.value(QLatin1String("expected")).toObject();
    m_intentFields.clear();
    auto add = [&](const QString& group, const QString& key, const QStringList& values) {
        const QJsonObject set = expected.value(key).toObject();
        for (const QString& v : values) {
            const QJsonValue n = set.value(v);
            m_intentFields << QVariantMap{
                {"group", group},
                {"value", v},
                {"label", groupName(group, v)},
                {"expected", n.isDouble() ? QString::number(n.toInteger()) : QString()}};
        }
    };
    add(QStringLiteral("role"), QStringLiteral("byRole"), roles);
    add(QStringLiteral("ageBand"), QStringLiteral("byAgeBand"), ageBands);
    m_intentNotes = i.value(QLatin1String("notes")).toString();
    const QJsonValue hours = i.value(QLatin1String("plannedHours"));
    m_plannedHours = hours.isDouble() ? QString::number(hours.toDouble()) : QString();
}

void ParticipationModel::saveIntent(const QVariantList& fields, const QString& notes,
                                    const QString& plannedHours)
{
    if (consultation().isEmpty()) {
        return;
    }
    // A number where one was typed; anything else as text, for the hub to refuse by name.
    auto typed = [](const QString& text) {
        bool ok = false;
        const double n = QLocale::c().toDouble(text.trimmed(), &ok);
        return ok ? QJsonValue(n) : QJsonValue(text);
    };
    QJsonObject byRole;
    QJsonObject byAgeBand;
    for (const QVariant& v : fields) {
        const QVariantMap f = v.toMap();
        const QString text = f.value(QStringLiteral("expected")).toString().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        QJsonObject& into = f.value(QStringLiteral("group")).toString() == QLatin1String("role")
                                ? byRole
                                : byAgeBand;
        into.insert(f.value(QStringLiteral("value")).toString(), typed(text));
    }
    QJsonObject body{{"expected", QJsonObject{{"byRole", byRole}, {"byAgeBand", byAgeBand}}},
                     {"notes", notes}};
    body.insert(QStringLiteral("plannedHours"),
                plannedHours.trimmed().isEmpty() ? QJsonValue() : typed(plannedHours));
    clearError();
    const QString path = QStringLiteral("/v1/review/consultations/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(consultation())) +
                         QStringLiteral("/intent");
    send(Verb::Put, path, body, [this](const ReviewReply&) {
        emit intentSaved();
        refresh();
    });
}

} // namespace chorus::team
