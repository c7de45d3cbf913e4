#pragma once

#include <QColor>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QString>
#include <QVector>

/**
 * A QR code of `text`, drawn with libqrencode (error correction M) as dark squares on light,
 * with the four-module quiet zone readers need. Used for the invite a young person's own
 * device scans (issue 16); the typed form beside it is always there too.
 */
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor dark READ dark WRITE setDark NOTIFY colorsChanged)
    Q_PROPERTY(QColor light READ light WRITE setLight NOTIFY colorsChanged)
    /** Modules on a side, quiet zone included (0 when there is nothing to draw). */
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem* parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString& text);
    [[nodiscard]] QColor dark() const { return m_dark; }
    void setDark(const QColor& c);
    [[nodiscard]] QColor light() const { return m_light; }
    void setLight(const QColor& c);
    [[nodiscard]] int modules() const { return m_width == 0 ? 0 : m_width + 2 * kQuietZone; }

    /** The modules of `text` row by row (true = dark), without the quiet zone; empty when
     *  libqrencode cannot encode it. Tests read the code back from this. */
    [[nodiscard]] static QVector<bool> encode(const QString& text, int* width);

    void paint(QPainter* painter) override;

signals:
    void textChanged();
    void colorsChanged();

private:
    static constexpr int kQuietZone = 4;

    QString m_text;
    QVector<bool> m_modules;
    int m_width = 0;
    QColor m_dark{Qt::black};
    QColor m_light{Qt::white};
};
