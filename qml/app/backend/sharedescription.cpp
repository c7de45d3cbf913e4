#include "sharedescription.h"

#include "answerwords.h"

#include <QJsonArray>
#include <QLocale>

using namespace chorus;

ShareDescription::ShareDescription(const ActivityPack* pack, QString language)
    : m_pack(pack), m_language(std::move(language))
{}

QString ShareDescription::prompt(const ShareRecord& record) const
{
    const PackActivity* a = m_pack ? m_pack->activity(record.activityId) : nullptr;
    return a ? a->prompt.in(m_language, m_pack->defaultLanguage) : record.activityId;
}

QString ShareDescription::voiceNote(int seconds)
{
    const QString length =
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("Voice note, %1 (stays on this device)", "@info what is shared of a voice note")
        .arg(length);
}

QString ShareDescription::feeling(int value)
{
    return AnswerWords::feeling(value);
}

QString ShareDescription::label(const PackActivity* activity, const QString& id) const
{
    if (activity) {
        for (const auto& list : {activity->options, activity->piles}) {
            for (const auto& o : list) {
                if (o.id == id) {
                    return o.label.in(m_language, m_pack->defaultLanguage);
                }
            }
        }
    }
    return id;
}

QString ShareDescription::labels(const PackActivity* activity, const QStringList& ids) const
{
    QStringList out;
    for (const auto& id : ids) {
        out << label(activity, id);
    }
    return QLocale(m_language).createSeparatedList(out);
}

QString ShareDescription::piles(const PackActivity* activity, const QJsonObject& piles) const
{
    QStringList out;
    for (auto it = piles.begin(); it != piles.end(); ++it) {
        QStringList cards;
        for (const auto& c : it.value().toArray()) {
            cards << c.toString();
        }
        out << tr("%1: %2", "@info a pile of cards and the cards in it")
                   .arg(label(activity, it.key()), labels(activity, cards));
    }
    return out.join(QLatin1Char('\n'));
}

QString ShareDescription::content(const ShareRecord& record) const
{
    const PackActivity* a = m_pack ? m_pack->activity(record.activityId) : nullptr;
    QStringList lines;
    if (record.choices) {
        lines << tr("Picked: %1", "@info the chosen options").arg(labels(a, *record.choices));
    }
    if (record.scale) {
        lines << tr("Feeling: %1", "@info the face picked on the feelings scale")
                     .arg(feeling(*record.scale));
    }
    if (record.order) {
        lines << tr("In this order: %1", "@info cards ranked").arg(labels(a, *record.order));
    }
    if (record.piles) {
        lines << piles(a, *record.piles);
    }
    if (record.structured) {
        lines << AnswerWords::parts(*record.structured, m_language);
    }
    if (record.hasVoice) {
        lines << voiceNote(record.voiceSeconds);
    }
    if (record.kind == AnswerKind::Drawing) {
        if (record.drawingPng) {
            lines << tr("The drawing", "@info a drawing that is shared");
        } else if (record.drawingsAllowed) {
            lines << tr("The drawing goes only if a practitioner approves it with the drawing.",
                        "@info a drawing waiting for approval");
        } else {
            lines << tr("The drawing stays on this device.", "@info a drawing that is not shared");
        }
    }
    return lines.join(QLatin1Char('\n'));
}
