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
    /** The group the team means to hear, as the admin's form edits it (PUT .../intent):
     *  [{group: "role"|"ageBand", value, label, expected: "" or a whole number as text}] */
    Q_PROPERTY(QVariantList intentFields READ intentFields NOTIFY figuresChanged)
    Q_PROPERTY(QString intentNotes READ intentNotes NOTIFY figuresChanged)
    Q_PROPERTY(QString plannedHours READ plannedHours NOTIFY figuresChanged)

public:
    explicit ParticipationModel(QObject* parent = nullptr);

    [[nodiscard]] bool allConsultations() const { return m_all; }
    void setAllConsultations(bool all);
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QVariantList cards() const { return m_cards; }
    [[nodiscard]] QVariantList intentFields() const { return m_intentFields; }
    [[nodiscard]] QString intentNotes() const { return m_intentNotes; }
    [[nodiscard]] QString plannedHours() const { return m_plannedHours; }

    Q_INVOKABLE void refresh();
    /**
     * Records this consultation's intended group and planned hours (admins only). `fields`
     * as intentFields with the typed text in `expected`; empty boxes are left out. The text
     * goes to the hub as typed when it is not a number, so that the hub's refusal names the
     * box ("expected.byRole.child") and the page words it like any other refusal.
     */
    Q_INVOKABLE void saveIntent(const QVariantList& fields, const QString& notes,
                                const QString& plannedHours);
    /** The cards of a participation document (public for the tests and the report). */
    [[nodiscard]] static QVariantList cardsOf(const QJsonObject& view);

signals:
    void allConsultationsChanged();
    void figuresChanged();
    void intentSaved();

private:
    bool m_all = false;
    bool m_loaded = false;
    QVariantList m_cards;
    QVariantList m_intentFields;
    QString m_intentNotes;
    QString m_plannedHours;

    void readIntent(const QJsonValue& intent);
};

} // namespace chorus::team
