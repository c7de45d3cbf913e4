#pragma once

#include "core/domain/activitypack.h"
#include "qml/controls/rowlistmodel.h"

#include <QQmlEngine>

/** The activities of the pack being set up: which to use and in which order. */
class PackActivityModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ConsultationSetup.activities")
    Q_PROPERTY(int includedCount READ includedCount NOTIFY includedCountChanged)

public:
    enum Roles {
        ActivityIdRole = Qt::UserRole + 1, /**< the activity's id in the pack */
        TypeRole,                          /**< type name in the pack format, e.g. "choice" */
        TypeLabelRole,                     /**< the type in words, translated */
        PromptRole,                        /**< the prompt in the current language */
        SupportedRole,                     /**< true when this app version can run it */
        IncludedRole,                      /**< true when the consultation will use it */
    };
    Q_ENUM(Roles)

    explicit PackActivityModel(QObject* parent = nullptr);

    void setPack(const QList<chorus::PackActivity>& activities, const QString& language,
                 const QString& fallback);
    void setLanguage(const QString& language);
    void clear();

    Q_INVOKABLE void setIncluded(int row, bool included);
    /** Moves a row one place up (delta -1) or down (+1). */
    Q_INVOKABLE void move(int row, int delta);
    [[nodiscard]] QStringList includedIds() const;
    [[nodiscard]] int includedCount() const;

    /** True for the activity types this version of the app can run. */
    [[nodiscard]] static bool isSupported(chorus::PackActivity::Type type);
    [[nodiscard]] static QString typeLabel(chorus::PackActivity::Type type);

signals:
    void includedCountChanged();

private:
    struct Row
    {
        chorus::PackActivity activity;
        bool included = false;
    };

    [[nodiscard]] int rows() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;

    QList<Row> m_rows;
    QString m_language;
    QString m_fallback;
};
