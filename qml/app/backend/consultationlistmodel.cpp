#include "consultationlistmodel.h"

#include "core/store/store.h"
#include "uilogging.h"

#include <QLocale>

#include <algorithm>

ConsultationListModel::ConsultationListModel(QObject* parent)
    : RowListModel({{IdRole, "consultationId"},
                    {TitleRole, "title"},
                    {PurposeRole, "purpose"},
                    {ActivityCountRole, "activityCount"},
                    {ParticipantCountRole, "participantCount"},
                    {CreatedRole, "created"},
                    {FromHubRole, "fromHub"},
                    {ClosedRole, "closed"},
                    {RetentionDaysRole, "retentionDays"}},
                   TitleRole, parent)
{}

QVariant ConsultationListModel::value(int row, int role) const
{
    const Row& r = m_rows.at(row);
    switch (role) {
    case IdRole:
        return r.consultation.id;
    case TitleRole:
        return r.consultation.title;
    case PurposeRole:
        return r.consultation.purpose;
    case ActivityCountRole:
        return static_cast<int>(r.consultation.activityIds.size());
    case ParticipantCountRole:
        return r.participants;
    case CreatedRole:
        return QLocale().toString(r.consultation.createdAt.toLocalTime().date(),
                                  QLocale::ShortFormat);
    case FromHubRole:
        return r.consultation.fromHub;
    case ClosedRole:
        return r.consultation.closed;
    case RetentionDaysRole:
        return r.consultation.retentionDays;
    default:
        return {};
    }
}

void ConsultationListModel::reload(chorus::Store& store)
{
    auto listed = store.consultations().list();
    if (!listed) {
        qCWarning(lcUi) << "cannot list consultations:" << listed.error().message;
        return;
    }
    QList<Row> fresh;
    for (const auto& c : listed.value()) {
        auto people = store.consultations().participants(c.id);
        fresh.append({c, people ? static_cast<int>(people->size()) : 0});
    }
    std::stable_sort(fresh.begin(), fresh.end(), [](const Row& a, const Row& b) {
        return a.consultation.createdAt > b.consultation.createdAt;
    });
    replaceRows(m_rows, std::move(fresh));
}
