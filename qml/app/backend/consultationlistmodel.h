#pragma once

#include "core/domain/types.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace chorus {
class Store;
}

/** The consultations on this device, newest first; empty while the store is locked. */
class ConsultationListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.consultations")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, /**< consultation id (string) */
        TitleRole,                 /**< title the practitioner gave it */
        PurposeRole,               /**< its purpose in child-friendly words */
        ActivityCountRole,         /**< how many activities it runs */
        ParticipantCountRole,      /**< how many participants it has on this device */
        CreatedRole,               /**< when it was set up, as local date text */
        FromHubRole,               /**< published on the hub: read-only on this device */
        ClosedRole,                /**< closed on the hub: no new sessions can start */
        RetentionDaysRole,         /**< how long answers are kept, in days */
    };
    Q_ENUM(Roles)

    explicit ConsultationListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void reload(chorus::Store& store);
    /** Forgets every row (on lock: the titles were decrypted). */
    void clear();

signals:
    void countChanged();

private:
    struct Row
    {
        chorus::Consultation consultation;
        int participants = 0;
    };
    QList<Row> m_rows;
};
