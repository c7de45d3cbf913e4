#include "storeerror.h"

#include <QLatin1String>

#include <algorithm>
#include <array>
#include <utility>

namespace chorus::hub {
namespace {

struct CodeInfo
{
    const char* code;
    const char* meaning;
    StoreError::Kind kind;
};

using K = StoreError::Kind;

// The codes a hub meets: SQLSTATE on PostgreSQL, (extended) result codes on SQLite.
constexpr std::array<CodeInfo, 24> kCodes{{
    {"23505", "a unique key is taken", K::Exists},
    {"23503", "a referenced row is missing", K::Failed},
    {"23514", "a check constraint failed", K::Failed},
    {"23502", "a required value is missing", K::Failed},
    {"40001", "serialisation conflict", K::Busy},
    {"40P01", "deadlock", K::Busy},
    {"55P03", "lock not available", K::Busy},
    {"57014", "cancelled by a timeout", K::Busy},
    {"P0001", "refused by a trigger", K::Failed},
    {"42P01", "no such table", K::Failed},
    {"53100", "disk full", K::Failed},
    {"5", "database busy", K::Busy},
    {"6", "table locked", K::Busy},
    {"8", "database read-only", K::Failed},
    {"10", "disk I/O error", K::Failed},
    {"11", "database file damaged", K::Failed},
    {"13", "disk full", K::Failed},
    {"19", "a constraint failed", K::Failed},
    {"275", "a check constraint failed", K::Failed},
    {"787", "a referenced row is missing", K::Failed},
    {"1299", "a required value is missing", K::Failed},
    {"1555", "a unique key is taken", K::Exists},
    {"1811", "refused by a trigger", K::Failed},
    {"2067", "a unique key is taken", K::Exists},
}};

const CodeInfo* find(const QString& code)
{
    const auto known = std::find_if(kCodes.begin(), kCodes.end(), [&](const CodeInfo& entry) {
        return code == QLatin1String(entry.code);
    });
    return known == kCodes.end() ? nullptr : &*known;
}

} // namespace

QString codeMeaning(const QString& nativeCode)
{
    if (const CodeInfo* known = find(nativeCode)) {
        return QLatin1String(known->meaning);
    }
    if (nativeCode.startsWith(QLatin1String("08"))) {
        return QStringLiteral("connection lost");
    }
    return {};
}

StoreError::Kind kindOf(const QString& nativeCode)
{
    const CodeInfo* known = find(nativeCode);
    return known ? known->kind : K::Failed;
}

QString kindName(StoreError::Kind kind)
{
    switch (kind) {
    case K::Unavailable:
        return QStringLiteral("unavailable");
    case K::Failed:
        return QStringLiteral("failed");
    case K::Busy:
        return QStringLiteral("busy");
    case K::Exists:
        return QStringLiteral("exists");
    case K::NotFound:
        return QStringLiteral("not found");
    case K::Expired:
        return QStringLiteral("expired");
    case K::Refused:
        return QStringLiteral("refused");
    case K::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("failed");
}

QString StoreError::describe() const
{
    QString out = where.isEmpty() ? kindName(kind) : where + QStringLiteral(": ") + kindName(kind);
    if (!code.isEmpty()) {
        out += QStringLiteral(", code ") + code;
        if (const QString meaning = codeMeaning(code); !meaning.isEmpty()) {
            out += QStringLiteral(" (%1)").arg(meaning);
        }
    }
    if (!problem.isEmpty()) {
        out += QStringLiteral(": ") + problem;
    }
    return out;
}

} // namespace chorus::hub
