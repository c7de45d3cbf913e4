#pragma once

// A valid v1 share record and a feedback batch body (sync/PROTOCOL.md), for the hub tests
// that decode or upload them.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace chorus::test {

inline QJsonObject shareRecord(const QString& id,
                               const QString& text = QStringLiteral("I like [NAME]"))
{
    return QJsonObject{{"id", id},
                       {"consultationId", "c1"},
                       {"packId", "my-week"},
                       {"packVersion", 1},
                       {"activityId", "feelings"},
                       {"kind", "text"},
                       {"text", text},
                       {"ageBand", "8-11"},
                       {"role", "child"},
                       {"scopes", QJsonObject{{"quotes", true}, {"drawings", false}}},
                       {"week", "2026-W48"},
                       {"framework", "design-and-implementation/coproduction"}};
}

inline QByteArray feedbackBatch(const QList<QJsonObject>& items)
{
    QJsonArray a;
    for (const auto& i : items) {
        a.append(i);
    }
    return QJsonDocument(QJsonObject{{"items", a}}).toJson(QJsonDocument::Compact);
}

} // namespace chorus::test
