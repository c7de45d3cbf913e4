#include "frameworkmodel.h"

#include "qml/team/reviewclient.h"

#include <QJsonArray>

using chorus::sync::ReviewReply;

namespace chorus::team {

FrameworkModel::FrameworkModel(QObject* parent) : ReviewRequests(parent)
{
    connect(this, &ReviewRequests::consultationChanged, this, &FrameworkModel::refresh);
}

void FrameworkModel::setAllConsultations(bool all)
{
    if (all != m_all) {
        m_all = all;
        emit allConsultationsChanged();
        refresh();
    }
}

int FrameworkModel::parameterCount() const
{
    int n = 0;
    for (const QVariant& c : m_clusters) {
        n += static_cast<int>(c.toMap().value(QStringLiteral("parameters")).toList().size());
    }
    return n;
}

void FrameworkModel::refresh()
{
    if (!m_all && consultation().isEmpty()) {
        return;
    }
    const QString path =
        QStringLiteral("/v1/review/framework") + (m_all ? QString() : consultationQuery());
    send(Verb::Get, path, {}, [this](const ReviewReply& reply) {
        const QJsonObject& b = reply.body;
        m_name = b.value(QStringLiteral("name")).toString();
        m_source = b.value(QStringLiteral("source")).toString();
        m_feedbackParameter = b.value(QStringLiteral("feedbackParameter")).toString();
        m_clusters = b.value(QStringLiteral("clusters")).toArray().toVariantList();
        m_loaded = true;
        emit frameworkChanged();
    });
}

} // namespace chorus::team
