#include "types.h"

#include "answervalues.h"

#include "../common/limitwords.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace chorus {
namespace {

template <typename E, std::size_t N> using NameTable = std::array<std::pair<E, const char*>, N>;

constexpr NameTable<Role, 4> kRoles{{{Role::Child, "child"},
                                     {Role::YoungPerson, "young-person"},
                                     {Role::Parent, "parent"},
                                     {Role::Carer, "carer"}}};
constexpr NameTable<AgeBand, 7> kAgeBands{{{AgeBand::Under5, "under-5"},
                                           {AgeBand::From5To7, "5-7"},
                                           {AgeBand::From8To11, "8-11"},
                                           {AgeBand::From12To15, "12-15"},
                                           {AgeBand::From16To17, "16-17"},
                                           {AgeBand::From18To24, "18-24"},
                                           {AgeBand::Adult, "adult"}}};
constexpr NameTable<SessionMode, 2> kModes{
    {{SessionMode::Facilitated, "facilitated"}, {SessionMode::OwnTime, "own-time"}}};
constexpr NameTable<ConsentGiver, 3> kGivers{{{ConsentGiver::Child, "child"},
                                              {ConsentGiver::ParentOrCarer, "parent-carer"},
                                              {ConsentGiver::Both, "both"}}};
constexpr NameTable<AnswerKind, 7> kKinds{{{AnswerKind::Text, "text"},
                                           {AnswerKind::Choice, "choice"},
                                           {AnswerKind::Scale, "scale"},
                                           {AnswerKind::Ordering, "ordering"},
                                           {AnswerKind::Drawing, "drawing"},
                                           {AnswerKind::Audio, "audio"},
                                           {AnswerKind::Structured, "structured"}}};
constexpr NameTable<ConsentScope, 5> kScopes{{{StoreOnDevice, "store"},
                                              {ShareAnonymised, "share"},
                                              {AllowQuotes, "quotes"},
                                              {RecordVoice, "voice"},
                                              {ShareDrawings, "drawings"}}};

template <typename E, std::size_t N> QString nameOf(const NameTable<E, N>& table, E value)
{
    for (const auto& [v, name] : table) {
        if (v == value) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parse(const NameTable<E, N>& table, const QString& s)
{
    for (const auto& [v, name] : table) {
        if (s == QLatin1String(name)) {
            return v;
        }
    }
    return std::nullopt;
}

Error invalid(const QString& field, const QString& why)
{
    return makeError(Error::Code::Invalid, QStringLiteral("%1: %2").arg(field, why));
}

} // namespace

QString toString(Role v)
{
    return nameOf(kRoles, v);
}
QString toString(AgeBand v)
{
    return nameOf(kAgeBands, v);
}
QString toString(SessionMode v)
{
    return nameOf(kModes, v);
}
QString toString(ConsentGiver v)
{
    return nameOf(kGivers, v);
}
QString toString(AnswerKind v)
{
    return nameOf(kKinds, v);
}
std::optional<Role> parseRole(const QString& s)
{
    return parse(kRoles, s);
}
std::optional<AgeBand> parseAgeBand(const QString& s)
{
    return parse(kAgeBands, s);
}
std::optional<SessionMode> parseSessionMode(const QString& s)
{
    return parse(kModes, s);
}
std::optional<ConsentGiver> parseConsentGiver(const QString& s)
{
    return parse(kGivers, s);
}
std::optional<AnswerKind> parseAnswerKind(const QString& s)
{
    return parse(kKinds, s);
}

QStringList scopeNames(ConsentScopes scopes)
{
    QStringList names;
    for (const auto& [scope, name] : kScopes) {
        if ((scopes & scope) != 0u) {
            names << QString::fromLatin1(name);
        }
    }
    return names;
}

Result<ConsentScopes> parseScopes(const QStringList& names)
{
    ConsentScopes scopes = 0;
    for (const auto& n : names) {
        const auto scope = parse(kScopes, n);
        if (!scope) {
            return invalid(QStringLiteral("scopes"), QStringLiteral("unknown scope \"%1\"").arg(n));
        }
        scopes |= *scope;
    }
    return scopes;
}

Status validateResponse(const Response& r)
{
    constexpr int kMaxText = 20000;
    constexpr qsizetype kMaxMedia = 32 * 1024 * 1024;
    if (r.activityId.isEmpty()) {
        return invalid(QStringLiteral("activityId"), QStringLiteral("is required"));
    }
    switch (r.kind) {
    case AnswerKind::Text:
        if (r.text.trimmed().isEmpty()) {
            return invalid(QStringLiteral("text"), QStringLiteral("an empty answer is not saved"));
        }
        if (r.text.size() > kMaxText) {
            return invalid(QStringLiteral("text"), longerThanWords(kMaxText));
        }
        break;
    case AnswerKind::Scale: {
        const int v = r.value.value("value").toInt(0);
        if (v < 1 || v > 5) {
            return invalid(QStringLiteral("value.value"),
                           QStringLiteral("a feelings scale answer is 1 to 5"));
        }
        break;
    }
    case AnswerKind::Choice:
        if (!r.value.value("chosen").isArray() || r.value.value("chosen").toArray().isEmpty()) {
            return invalid(QStringLiteral("value.chosen"),
                           QStringLiteral("a choice needs at least one option"));
        }
        break;
    case AnswerKind::Ordering:
        return answers::validateOrdering(r.value);
    case AnswerKind::Structured:
        return answers::validateStructured(r.value);
    case AnswerKind::Drawing:
    case AnswerKind::Audio:
        if (r.media.isEmpty()) {
            return invalid(QStringLiteral("media"),
                           QStringLiteral("is required for this kind of answer"));
        }
        if (r.media.size() > kMaxMedia) {
            return invalid(QStringLiteral("media"), QStringLiteral("larger than 32 MiB"));
        }
        break;
    }
    return Status::success();
}

} // namespace chorus
