#pragma once

// `TeamDrawing` in `import Chorus.Team`: one shared drawing (GET
// /v1/review/feedback/{id}/drawing), decoded and painted from memory. It is never written
// to disk, not even to an image cache.

#include "teamcontroller.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>

namespace chorus::team {

class TeamDrawing : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    /** The Team controller whose client fetches the drawing (the page's `Team`). */
    Q_PROPERTY(
        chorus::team::TeamController* team READ team WRITE setTeam NOTIFY recordIdChanged REQUIRED)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY imageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY imageChanged)

public:
    explicit TeamDrawing(QQuickItem* parent = nullptr);

    [[nodiscard]] TeamController* team() const { return m_team; }
    void setTeam(TeamController* team);
    [[nodiscard]] QString recordId() const { return m_recordId; }
    void setRecordId(const QString& id);
    [[nodiscard]] bool ready() const { return !m_image.isNull(); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    void paint(QPainter* painter) override;

signals:
    void recordIdChanged();
    void imageChanged();

private:
    /** Fetches the record's drawing, once both it and the team are known. */
    void fetch();

    QPointer<TeamController> m_team;
    QString m_recordId;
    QImage m_image;
    QString m_errorMessage;
    int m_generation = 0;
};

} // namespace chorus::team
