#include "consultationlistmodel.h"

#include "core/store/store.h"
#include "uilogging.h"

#include <QLocale>

#include <algorithm>

ConsultationListModel::ConsultationListModel(QObject* parent) : QAbstractListModel(parent) {}

int ConsultationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConsultationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.consultation.id;
    case TitleRole:
    case Qt::DisplayRole:
        return row.consultation.title;
    case PurposeRole:
        return row.consultation.purpose;
    case ActivityCountRole:
        return static_cast<int>(row.consultation.activityIds.size());
    case ParticipantCountRole:
        return row.participants;
    case CreatedRole:
        return QLocale().toString(row.consultation.createdAt.toLocalTime().date(),
                                  QLocale::ShortFormat);
    case FromHubRole:
        return row.consultation.fromHub;
    case ClosedRole:
        return row.consultation.closed;
    case RetentionDaysRole:
        return row.consultation.retentionDays;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsultationListModel::roleNames() const
{
    return {{IdRole, "consultationId"},
            {TitleRole, "title"},
            {PurposeRole, "purpose"},
            {ActivityCountRole, "activityCount"},
            {ParticipantCountRole, "participantCount"},
            {CreatedRole, "created"},
            {FromHubRole, "fromHub"},
            {ClosedRole, "closed"},
            {RetentionDaysRole, "retentionDays"}};
}

void ConsultationListModel::reload(chorus::Store& store)
{
    auto listed = store.consultations().list();
    if (!listed) {
        qCWarning(lcUi) << "cannot list consultations:" << listed.error().message;
        return;
    }
    QList<Row> rows;
    for (const auto& c : listed.value()) {
        auto people = store.consultations().participants(c.id);
        rows.append({c, people ? static_cast<int>(people->size()) : 0});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.consultation.createdAt > b.consultation.createdAt;
    });
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
}

void ConsultationListModel::clear()
{
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}
