#include "packactivitymodel.h"

using chorus::PackActivity;

PackActivityModel::PackActivityModel(QObject* parent)
    : RowListModel({{ActivityIdRole, "activityId"},
                    {TypeRole, "type"},
                    {TypeLabelRole, "typeLabel"},
                    {PromptRole, "prompt"},
                    {SupportedRole, "supported"},
                    {IncludedRole, "included"}},
                   PromptRole, parent)
{}

QVariant PackActivityModel::value(int row, int role) const
{
    const Row& r = m_rows.at(row);
    switch (role) {
    case ActivityIdRole:
        return r.activity.id;
    case TypeRole:
        return chorus::activityTypeName(r.activity.type);
    case TypeLabelRole:
        return typeLabel(r.activity.type);
    case PromptRole:
        return r.activity.prompt.in(m_language, m_fallback);
    case SupportedRole:
        return isSupported(r.activity.type);
    case IncludedRole:
        return r.included;
    default:
        return {};
    }
}

void PackActivityModel::setPack(const QList<PackActivity>& activities, const QString& language,
                                const QString& fallback)
{
    QList<Row> fresh;
    for (const auto& a : activities) {
        fresh.append({a, isSupported(a.type)});
    }
    // The words are read when the views refresh at the reset.
    m_language = language;
    m_fallback = fallback;
    replaceRows(m_rows, std::move(fresh));
    emit includedCountChanged();
}

void PackActivityModel::setLanguage(const QString& language)
{
    m_language = language;
    everyRowChanged({PromptRole, TypeLabelRole});
}

void PackActivityModel::clear()
{
    replaceRows(m_rows, {});
    emit includedCountChanged();
}

void PackActivityModel::setIncluded(int row, bool included)
{
    if (row < 0 || row >= rowCount() || !isSupported(m_rows[row].activity.type) ||
        m_rows[row].included == included) {
        return;
    }
    m_rows[row].included = included;
    rowChanged(row, {IncludedRole});
    emit includedCountChanged();
}

void PackActivityModel::move(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || delta == 0) {
        return;
    }
    // beginMoveRows wants the destination as "insert before", one past when moving down.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_rows.move(row, to);
    endMoveRows();
}

QStringList PackActivityModel::includedIds() const
{
    QStringList ids;
    for (const auto& r : m_rows) {
        if (r.included) {
            ids.append(r.activity.id);
        }
    }
    return ids;
}

int PackActivityModel::includedCount() const
{
    return static_cast<int>(includedIds().size());
}

bool PackActivityModel::isSupported(PackActivity::Type type)
{
    switch (type) {
    case PackActivity::Type::FeelingsScale:
    case PackActivity::Type::Choice:
    case PackActivity::Type::FreeText:
    case PackActivity::Type::MagicWand:
    case PackActivity::Type::CardSort:
    case PackActivity::Type::FeelingsTimeline:
    case PackActivity::Type::Circles:
    case PackActivity::Type::Drawing:
    case PackActivity::Type::ThreeHouses:
        return true;
    default:
        return false;
    }
}

QString PackActivityModel::typeLabel(PackActivity::Type type)
{
    switch (type) {
    case PackActivity::Type::FeelingsScale:
        return tr("Feelings scale", "@label:activity type");
    case PackActivity::Type::Choice:
        return tr("Choice with pictures", "@label:activity type");
    case PackActivity::Type::FreeText:
        return tr("Writing", "@label:activity type");
    case PackActivity::Type::MagicWand:
        return tr("Magic wand", "@label:activity type");
    case PackActivity::Type::Drawing:
        return tr("Drawing", "@label:activity type");
    case PackActivity::Type::ThreeHouses:
        return tr("Three houses", "@label:activity type");
    case PackActivity::Type::CardSort:
        return tr("Card sort", "@label:activity type");
    case PackActivity::Type::FeelingsTimeline:
        return tr("Feelings timeline", "@label:activity type");
    case PackActivity::Type::Circles:
        return tr("Circles of people", "@label:activity type");
    }
    return {};
}
