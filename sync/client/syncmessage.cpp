#include "syncmessage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chorus::sync {

QString SyncMessage::encode() const
{
    if (isEmpty()) {
        return {};
    }
    QJsonArray a{code};
    for (const QString& arg : args) {
        a.append(arg);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

SyncMessage SyncMessage::decode(const QString& stored)
{
    if (stored.isEmpty()) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    const QJsonArray a = doc.array();
    if (!doc.isArray() || a.isEmpty() || !a.first().isString()) {
        return {QStringLiteral("text"), {stored}};
    }
    SyncMessage m{a.first().toString(), {}};
    for (qsizetype i = 1; i < a.size(); ++i) {
        m.args << a.at(i).toString();
    }
    return m;
}

QStringList hubErrorArgs(const QString& code, const QString& message, const QString& field)
{
    return {code, message, field};
}

} // namespace chorus::sync
