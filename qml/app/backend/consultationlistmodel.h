#pragma once

#include "core/domain/types.h"
#include "qml/controls/rowlistmodel.h"

#include <QQmlEngine>

namespace chorus {
class Store;
}

/** The consultations on this device, newest first; empty while the store is locked. */
class ConsultationListModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by App.consultations")

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

    void reload(chorus::Store& store);
    /** Forgets every row (on lock: the titles were decrypted). */
    void clear() { replaceRows(m_rows, {}); }

private:
    struct Row
    {
        chorus::Consultation consultation;
        int participants = 0;
    };

    [[nodiscard]] int rows() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;

    QList<Row> m_rows;
};
