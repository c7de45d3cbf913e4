#include "packwords.h"

#include "answerwords.h"

#include <QLocale>

namespace chorus::team {

void PackWords::reset(const QJsonArray& activities)
{
    m_activities.clear();
    for (const QJsonValue& v : activities) {
        const QJsonObject a = v.toObject();
        if (a.contains(QLatin1String("type"))) {
            m_activities.insert(a.value(QLatin1String("activityId")).toString(), a);
        }
    }
}

QString PackWords::localised(const QJsonValue& byLanguage)
{
    const QJsonObject texts = byLanguage.toObject();
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (const QString& tried : {language, QStringLiteral("en")}) {
        if (const QString text = texts.value(tried).toString(); !text.isEmpty()) {
            return text;
        }
    }
    return texts.isEmpty() ? QString() : texts.begin().value().toString();
}

QString PackWords::activityName(const QString& activityId) const
{
    const QString prompt = localised(m_activities.value(activityId).value(QLatin1String("prompt")));
    return prompt.isEmpty() ? activityId : prompt;
}

QString PackWords::label(const QString& activityId, const QString& id) const
{
    const QJsonObject a = m_activities.value(activityId);
    for (const char* list : {"options", "piles"}) {
        for (const QJsonValue& o : a.value(QLatin1String(list)).toArray()) {
            if (o[QLatin1String("id")].toString() == id) {
                const QString text = localised(o[QLatin1String("label")]);
                return text.isEmpty() ? id : text;
            }
        }
    }
    return id;
}

bool PackWords::isFeelingsScale(const QString& activityId) const
{
    return m_activities.value(activityId).value(QLatin1String("type")).toString() ==
           QLatin1String("feelings-scale");
}

QString PackWords::labels(const QString& activityId, const QJsonArray& ids) const
{
    QStringList out;
    for (const QJsonValue& id : ids) {
        out << label(activityId, id.toString());
    }
    return QLocale().createSeparatedList(out);
}

QString PackWords::answerText(const QString& activityId, const QJsonObject& a) const
{
    if (a.contains(QLatin1String("text"))) {
        return a.value(QLatin1String("text")).toString();
    }
    if (a.contains(QLatin1String("scale"))) {
        // Chorus's only scale is the five faces: "Very happy (5 of 5)", never "5 of 10".
        return AnswerWords::feelingOnScale(a.value(QLatin1String("scale")).toInt());
    }
    if (a.contains(QLatin1String("choices"))) {
        return tr("Chose: %1", "@info choices")
            .arg(labels(activityId, a.value(QLatin1String("choices")).toArray()));
    }
    if (a.contains(QLatin1String("order"))) {
        return tr("Order: %1", "@info cards ranked")
            .arg(labels(activityId, a.value(QLatin1String("order")).toArray()));
    }
    if (a.contains(QLatin1String("piles"))) {
        QStringList piles;
        const QJsonObject byPile = a.value(QLatin1String("piles")).toObject();
        for (auto it = byPile.begin(); it != byPile.end(); ++it) {
            piles << tr("%1: %2", "@info a pile and its cards")
                         .arg(label(activityId, it.key()),
                              labels(activityId, it.value().toArray()));
        }
        return piles.join(QStringLiteral("; "));
    }
    if (a.contains(QLatin1String("structured"))) {
        return AnswerWords::parts(a.value(QLatin1String("structured")).toObject(), QLocale().name())
            .join(QStringLiteral("; "));
    }
    if (a.contains(QLatin1String("voice"))) {
        return tr("A voice note", "@info");
    }
    return tr("A drawing", "@info");
}

} // namespace chorus::team
