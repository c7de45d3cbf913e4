#include "piikind.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace chorus {

namespace {

struct KindText
{
    const char* id;
    const char* token; ///< the canonical placeholder, also the translation source
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; translate() looks them up at run time.
constexpr std::array<KindText, kPiiKindCount> kKinds{{
    {"name", QT_TRANSLATE_NOOP("Anonymiser", "[name]")},
    {"school", QT_TRANSLATE_NOOP("Anonymiser", "[school]")},
    {"place", QT_TRANSLATE_NOOP("Anonymiser", "[place]")},
    {"postcode", QT_TRANSLATE_NOOP("Anonymiser", "[postcode]")},
    {"phone", QT_TRANSLATE_NOOP("Anonymiser", "[phone]")},
    {"email", QT_TRANSLATE_NOOP("Anonymiser", "[email]")},
    {"nhs", QT_TRANSLATE_NOOP("Anonymiser", "[NHS number]")},
    {"ni", QT_TRANSLATE_NOOP("Anonymiser", "[NI number]")},
    {"date", QT_TRANSLATE_NOOP("Anonymiser", "[date]")},
    {"handle", QT_TRANSLATE_NOOP("Anonymiser", "[handle]")},
    {"reference", QT_TRANSLATE_NOOP("Anonymiser", "[reference]")},
    {"age", QT_TRANSLATE_NOOP("Anonymiser", "[age]")},
    {"dob", QT_TRANSLATE_NOOP("Anonymiser", "[date of birth]")},
}};

constexpr std::array<const char*, 7> kBands{
    QT_TRANSLATE_NOOP("Anonymiser", "under 5"), "5-7", "8-11", "12-15", "16-17", "18-24", "25+"};

} // namespace

AgeBand ageBandFor(int years)
{
    if (years < 5) {
        return AgeBand::Under5;
    }
    if (years < 8) {
        return AgeBand::From5To7;
    }
    if (years < 12) {
        return AgeBand::From8To11;
    }
    if (years < 16) {
        return AgeBand::From12To15;
    }
    if (years < 18) {
        return AgeBand::From16To17;
    }
    return years < 25 ? AgeBand::From18To24 : AgeBand::Adult;
}

const QString& placeholderToken(PiiKind kind)
{
    // Built once, and lent, not copied: the anonymiser asks for one for every placeholder it
    // writes, and a copy of a shared string is two atomic counts.
    static const std::array<QString, kPiiKindCount> tokens = [] {
        std::array<QString, kPiiKindCount> t;
        for (std::size_t i = 0; i < t.size(); ++i) {
            t[i] = QString::fromLatin1(kKinds[i].token);
        }
        return t;
    }();
    return tokens[std::size_t(kind)];
}

const QString& ageBandToken(AgeBand band)
{
    static const std::array<QString, kBands.size()> tokens = [] {
        std::array<QString, kBands.size()> t;
        for (std::size_t i = 0; i < t.size(); ++i) {
            t[i] = QStringLiteral("[age %1]").arg(QLatin1String(kBands[i]));
        }
        return t;
    }();
    return tokens[std::size_t(band)];
}

QString placeholderLabel(PiiKind kind)
{
    return QCoreApplication::translate("Anonymiser", kKinds[std::size_t(kind)].token);
}

QString ageBandLabel(AgeBand band)
{
    //: %1 is an age band such as "8-11", "under 5" or "25+"
    return QCoreApplication::translate("Anonymiser", "[age %1]")
        .arg(QCoreApplication::translate("Anonymiser", kBands[std::size_t(band)]));
}

QString localisedPlaceholders(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'[', pos);
        if (open < 0) {
            break;
        }
        out.append(text.mid(pos, open - pos));
        const QStringView rest = text.sliced(open);
        QString label;
        qsizetype used = 0;
        for (int k = 0; k < kPiiKindCount && used == 0; ++k) {
            const QString token = placeholderToken(PiiKind(k));
            if (rest.startsWith(token)) {
                label = placeholderLabel(PiiKind(k));
                used = token.size();
            }
        }
        // The review queue's own placeholder for words the practitioner hid (Sharing).
        static const QString redacted = QStringLiteral("[redacted]");
        if (used == 0 && rest.startsWith(redacted)) {
            label = QCoreApplication::translate("Anonymiser", "[redacted]");
            used = redacted.size();
        }
        for (std::size_t b = 0; b < kBands.size() && used == 0; ++b) {
            const QString token = ageBandToken(AgeBand(b));
            if (rest.startsWith(token)) {
                label = ageBandLabel(AgeBand(b));
                used = token.size();
            }
        }
        if (used == 0) {
            out.append(u'['); // not a placeholder: the child's own bracket
            pos = open + 1;
            continue;
        }
        out.append(label);
        pos = open + used;
    }
    out.append(text.sliced(std::min(pos, text.size())));
    return out;
}

QString piiKindId(PiiKind kind)
{
    return QString::fromLatin1(kKinds[std::size_t(kind)].id);
}

bool piiKindFromId(QStringView id, PiiKind* kind)
{
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        if (id.compare(QLatin1String(kKinds[i].id), Qt::CaseInsensitive) == 0) {
            *kind = PiiKind(i);
            return true;
        }
    }
    return false;
}

} // namespace chorus
