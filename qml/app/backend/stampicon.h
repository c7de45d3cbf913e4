#pragma once

#include <QColor>
#include <QQuickPaintedItem>

/** A drawing stamp's picture on its tool button, drawn by the same code as on the paper. */
class StampIcon : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString stamp READ stamp WRITE setStamp NOTIFY stampChanged)
    Q_PROPERTY(QColor ink READ ink WRITE setInk NOTIFY inkChanged)
    Q_PROPERTY(QColor fill READ fill WRITE setFill NOTIFY fillChanged)

public:
    explicit StampIcon(QQuickItem* parent = nullptr);

    [[nodiscard]] QString stamp() const { return m_stamp; }
    void setStamp(const QString& stamp);
    [[nodiscard]] QColor ink() const { return m_ink; }
    void setInk(const QColor& ink);
    [[nodiscard]] QColor fill() const { return m_fill; }
    void setFill(const QColor& fill);

    void paint(QPainter* painter) override;

signals:
    void stampChanged();
    void inkChanged();
    void fillChanged();

private:
    QString m_stamp;
    QColor m_ink = Qt::black;
    QColor m_fill = Qt::white;
};
