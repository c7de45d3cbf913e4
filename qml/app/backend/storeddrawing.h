#pragma once

#include <QImage>
#include <QQuickPaintedItem>

/**
 * `StoredDrawing` in `import Chorus`: a child's drawing shown where it is talked about
 * (their summary, the practitioner's review, what the team will see). It is decrypted from
 * the store into memory only and painted from there: no
 * temporary file and no image cache ever holds it.
 */
class StoredDrawing : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    /** The saved drawing answer to show (read from the open store). */
    Q_PROPERTY(QString responseId READ responseId WRITE setResponseId NOTIFY sourceChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY sourceChanged)
    /** The drawing's width over its height (1 until one is shown), for the layout. */
    Q_PROPERTY(qreal aspectRatio READ aspectRatio NOTIFY sourceChanged)

public:
    explicit StoredDrawing(QQuickItem* parent = nullptr);

    [[nodiscard]] QString responseId() const { return m_responseId; }
    void setResponseId(const QString& id);
    [[nodiscard]] bool ready() const { return !m_image.isNull(); }
    [[nodiscard]] qreal aspectRatio() const;

    void paint(QPainter* painter) override;

signals:
    void sourceChanged();

private:
    void show(QImage image);

    QString m_responseId;
    QImage m_image;
};
