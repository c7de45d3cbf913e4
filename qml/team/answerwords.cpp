#include "answerwords.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

QString AnswerWords::feeling(int level)
{
    switch (level) {
    case 1:
        return tr("Very sad", "@label feeling");
    case 2:
        return tr("Sad", "@label feeling");
    case 3:
        return tr("OK", "@label feeling");
    case 4:
        return tr("Happy", "@label feeling");
    case 5:
        return tr("Very happy", "@label feeling");
    default:
        return {};
    }
}

QString AnswerWords::feelingById(const QString& id)
{
    static const QStringList ids{QStringLiteral("very-sad"), QStringLiteral("sad"),
                                 QStringLiteral("okay"), QStringLiteral("happy"),
                                 QStringLiteral("very-happy")};
    const auto at = ids.indexOf(id);
    return at < 0 ? id : feeling(static_cast<int>(at) + 1);
}

QString AnswerWords::feelingOnScale(int level)
{
    const QString word = feeling(level);
    if (word.isEmpty()) {
        return tr("Point %1 of the scale", "@info a scale answer without a face").arg(level);
    }
    return tr("%1 (%2 of 5)", "@info a face of the five-face feelings scale, e.g. Happy (4 of 5)")
        .arg(word)
        .arg(level);
}

namespace {

/** An id's words for lupdate and tr(): QT_TRANSLATE_NOOP3 gives {source, comment}. */
struct Word
{
    const char* source;
    const char* comment;
};

QString translated(const QHash<QString, Word>& table, const QString& id)
{
    const auto it = table.constFind(id);
    return it == table.constEnd()
               ? QString()
               : QCoreApplication::translate("AnswerWords", it->source, it->comment);
}

} // namespace

QString AnswerWords::part(const QString& key)
{
    // The circles' places, the timeline's moments and the three houses (answervalues.h and
    // ThreeHousesActivity.qml): the ids a structured answer's parts are keyed by.
    static const QHash<QString, Word> words{
        {QStringLiteral("ring-1"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Closest to me", "@label circles")},
        {QStringLiteral("ring-2"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Close to me", "@label circles")},
        {QStringLiteral("ring-3"),
         QT_TRANSLATE_NOOP3("AnswerWords", "A bit further away", "@label circles")},
        {QStringLiteral("outside"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Outside the circles", "@label circles")},
        {QStringLiteral("before"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Before", "@label feelings timeline")},
        {QStringLiteral("now"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Now", "@label feelings timeline")},
        {QStringLiteral("next"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Next", "@label feelings timeline")},
        {QStringLiteral("worries"),
         QT_TRANSLATE_NOOP3("AnswerWords", "House of worries", "@label three houses")},
        {QStringLiteral("good-things"),
         QT_TRANSLATE_NOOP3("AnswerWords", "House of good things", "@label three houses")},
        {QStringLiteral("dreams"),
         QT_TRANSLATE_NOOP3("AnswerWords", "House of dreams", "@label three houses")},
    };
    const QString word = translated(words, key);
    return word.isEmpty() ? key : word;
}

QString AnswerWords::circleRole(const QString& role)
{
    static const QHash<QString, Word> people{
        {QStringLiteral("mum"), QT_TRANSLATE_NOOP3("AnswerWords", "Mum", "@label person")},
        {QStringLiteral("dad"), QT_TRANSLATE_NOOP3("AnswerWords", "Dad", "@label person")},
        {QStringLiteral("carer"), QT_TRANSLATE_NOOP3("AnswerWords", "Carer", "@label person")},
        {QStringLiteral("foster-carer"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Foster carer", "@label person")},
        {QStringLiteral("grandparent"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Grandparent", "@label person")},
        {QStringLiteral("brother"), QT_TRANSLATE_NOOP3("AnswerWords", "Brother", "@label person")},
        {QStringLiteral("sister"), QT_TRANSLATE_NOOP3("AnswerWords", "Sister", "@label person")},
        {QStringLiteral("other-family"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Other family", "@label person")},
        {QStringLiteral("friend"), QT_TRANSLATE_NOOP3("AnswerWords", "Friend", "@label person")},
        {QStringLiteral("teacher"), QT_TRANSLATE_NOOP3("AnswerWords", "Teacher", "@label person")},
        {QStringLiteral("social-worker"),
         QT_TRANSLATE_NOOP3("AnswerWords", "Social worker", "@label person")},
        {QStringLiteral("pet"), QT_TRANSLATE_NOOP3("AnswerWords", "Pet", "@label person")},
    };
    return translated(people, role);
}

QString AnswerWords::partValue(const QString& value)
{
    const QString person = circleRole(value);
    return person.isEmpty() ? feelingById(value) : person;
}

QStringList AnswerWords::parts(const QJsonObject& structured, const QString& language)
{
    // JSON keeps keys sorted by name; the child met them in this order.
    static const QStringList order{"ring-1", "ring-2", "ring-3",  "outside",     "before",
                                   "now",    "next",   "worries", "good-things", "dreams"};
    QStringList keys = structured.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& k) {
            const auto at = order.indexOf(k);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    QStringList lines;
    for (const QString& key : keys) {
        const auto it = structured.constFind(key);
        QStringList words;
        for (const auto& w : it.value().toArray()) {
            if (!w.toString().trimmed().isEmpty()) {
                words << partValue(w.toString());
            }
        }
        if (words.isEmpty()) {
            continue; // an empty house says nothing, so it is not listed
        }
        lines << tr("%1: %2", "@info a part of an activity and the words in it")
                     .arg(part(it.key()), QLocale(language).createSeparatedList(words));
    }
    return lines;
}
