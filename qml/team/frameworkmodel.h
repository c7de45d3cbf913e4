#pragma once

#include "reviewrequests.h"

#include <QVariantList>

namespace chorus::team {

/**
 * The framework view: the five clusters and eighteen parameters of the hub's framework
 * (../shared/framework.json), each with its facilitator and barrier, and the indicators the
 * hub measures (coproduction; learning and evaluation) or the hub's reason why there are
 * none. Nothing is computed here: the numbers are the hub's, already suppressed.
 */
class FrameworkModel : public chorus::team::ReviewRequests
{
    Q_OBJECT
    QML_ELEMENT
    /** true: for every consultation of the hub; false: for `consultation` only. */
    Q_PROPERTY(bool allConsultations READ allConsultations WRITE setAllConsultations NOTIFY
                   allConsultationsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY frameworkChanged)
    Q_PROPERTY(QString name READ name NOTIFY frameworkChanged)
    Q_PROPERTY(QString source READ source NOTIFY frameworkChanged)
    /** "cluster/parameter" of the parameter that feedback speaks to (coproduction). */
    Q_PROPERTY(QString feedbackParameter READ feedbackParameter NOTIFY frameworkChanged)
    /** [{id, title, parameters: [{id, title, facilitator, barrier, path, indicators (map or
     *  null), noData}]}] as the hub sends them. */
    Q_PROPERTY(QVariantList clusters READ clusters NOTIFY frameworkChanged)
    Q_PROPERTY(int parameterCount READ parameterCount NOTIFY frameworkChanged)

public:
    explicit FrameworkModel(QObject* parent = nullptr);

    [[nodiscard]] bool allConsultations() const { return m_all; }
    void setAllConsultations(bool all);
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] QString feedbackParameter() const { return m_feedbackParameter; }
    [[nodiscard]] QVariantList clusters() const { return m_clusters; }
    [[nodiscard]] int parameterCount() const;

    Q_INVOKABLE void refresh();

signals:
    void allConsultationsChanged();
    void frameworkChanged();

private:
    bool m_all = false;
    bool m_loaded = false;
    QString m_name;
    QString m_source;
    QString m_feedbackParameter;
    QVariantList m_clusters;
};

} // namespace chorus::team
