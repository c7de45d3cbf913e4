#pragma once

#include "reviewrequests.h"

#include <QVariantList>

namespace chorus::team {

/**
 * The participation view (issue 19): the hub's GET /v1/review/participation as cards, one
 * per element of Lundy's model (Space, Voice, Audience, Influence) and for Reach and
 * Resourcing. Each card holds rows of one figure, its value in words ("fewer than 8" when the
 * hub hides it), a bar (0..1, or -1 for none) and one plain sentence saying what it means.
 * Nothing is counted here: the numbers are the hub's, already suppressed.
 */
class ParticipationModel : public chorus::team::ReviewRequests
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool allConsultations READ allConsultations WRITE setAllConsultations NOTIFY
                   allConsultationsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY figuresChanged)
    /** [{element, title, purpose, rows: [{label, value, bar, hidden, sentence}]}] */
    Q_PROPERTY(QVariantList cards READ cards NOTIFY figuresChanged)

public:
    explicit ParticipationModel(QObject* parent = nullptr);

    [[nodiscard]] bool allConsultations() const { return m_all; }
    void setAllConsultations(bool all);
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QVariantList cards() const { return m_cards; }

    Q_INVOKABLE void refresh();
    /** The cards of a participation document (public for the tests and the report). */
    [[nodiscard]] static QVariantList cardsOf(const QJsonObject& view);

signals:
    void allConsultationsChanged();
    void figuresChanged();

private:
    bool m_all = false;
    bool m_loaded = false;
    QVariantList m_cards;
};

} // namespace chorus::team
