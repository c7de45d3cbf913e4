#pragma once

// `ActivityCharts` in `import Chorus.Team`: the chart counts of one activity (and prompt)
// from GET /v1/review/aggregates, as plain lists for the QML charts: every bar carries its
// number in words, and a hidden count reads "hidden to protect small groups" (CP-7), never a bar
// length.

#include "teamcontroller.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace chorus::team {

class ActivityCharts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The Team controller whose client and pack words the charts use (the page's `Team`). */
    Q_PROPERTY(
        chorus::team::TeamController* team READ team WRITE setTeam NOTIFY inputChanged REQUIRED)
    Q_PROPERTY(QString consultation READ consultation WRITE setConsultation NOTIFY inputChanged)
    Q_PROPERTY(QString activity READ activity WRITE setActivity NOTIFY inputChanged)
    Q_PROPERTY(QString prompt READ prompt WRITE setPrompt NOTIFY inputChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY chartsChanged)
    Q_PROPERTY(QString recordsText READ recordsText NOTIFY chartsChanged)
    Q_PROPERTY(QVariantList scale READ scale NOTIFY chartsChanged)
    Q_PROPERTY(QVariantList choices READ choices NOTIFY chartsChanged)
    Q_PROPERTY(QVariantList cards READ cards NOTIFY chartsChanged)
    Q_PROPERTY(QVariantList circles READ circles NOTIFY chartsChanged)
    Q_PROPERTY(QString textsText READ textsText NOTIFY chartsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY chartsChanged)

public:
    explicit ActivityCharts(QObject* parent = nullptr);

    [[nodiscard]] TeamController* team() const { return m_team; }
    void setTeam(TeamController* team);
    [[nodiscard]] QString consultation() const { return m_consultation; }
    void setConsultation(const QString& v);
    [[nodiscard]] QString activity() const { return m_activity; }
    void setActivity(const QString& v);
    [[nodiscard]] QString prompt() const { return m_prompt; }
    void setPrompt(const QString& v);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString recordsText() const { return m_recordsText; }
    [[nodiscard]] QVariantList scale() const { return m_scale; }
    [[nodiscard]] QVariantList choices() const { return m_choices; }
    [[nodiscard]] QVariantList cards() const { return m_cards; }
    [[nodiscard]] QVariantList circles() const { return m_circles; }
    [[nodiscard]] QString textsText() const { return m_textsText; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void reload();

signals:
    void inputChanged();
    void chartsChanged();

private:
    void schedule();
    void clear();

    QPointer<TeamController> m_team;
    QString m_consultation, m_activity, m_prompt;
    bool m_queued = false;
    int m_generation = 0;
    bool m_loaded = false;
    QString m_recordsText, m_textsText, m_errorMessage;
    QVariantList m_scale, m_choices, m_cards, m_circles;
};

} // namespace chorus::team
