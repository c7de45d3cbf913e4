#pragma once

#include "../domain/types.h"

#include <QString>

#include <cstdint>
#include <initializer_list>

namespace chorus {

/** The kinds of identifying text the anonymiser replaces, each with its own placeholder. */
enum class PiiKind : std::uint8_t {
    Name,
    School,
    Place,
    Postcode,
    Phone,
    Email,
    NhsNumber,
    NiNumber,
    Date,
    Handle, ///< social handles and web addresses
    Reference,
    Age,       ///< an exact age, replaced by its band
    BirthDate, ///< a date or year of birth, birthdays in words ("christmas day 2008")
};
constexpr int kPiiKindCount = 13;

/** A set of kinds, e.g. the kinds a consultation asks the anonymiser to hide. */
class PiiKindSet
{
public:
    constexpr PiiKindSet() = default;
    constexpr PiiKindSet(std::initializer_list<PiiKind> kinds)
    {
        for (PiiKind k : kinds) {
            insert(k);
        }
    }
    static constexpr PiiKindSet all()
    {
        PiiKindSet s;
        s.m_bits = (1u << kPiiKindCount) - 1;
        return s;
    }
    [[nodiscard]] constexpr bool contains(PiiKind k) const { return m_bits & bit(k); }
    constexpr void insert(PiiKind k) { m_bits |= bit(k); }
    constexpr void remove(PiiKind k) { m_bits &= ~bit(k); }
    constexpr bool operator==(const PiiKindSet&) const = default;

private:
    static constexpr std::uint32_t bit(PiiKind k) { return 1u << unsigned(k); }
    std::uint32_t m_bits = 0;
};

/** The age band (domain/types.h: under 5, 5-7, 8-11, 12-15, 16-17, 18-24, adult = 25+) that
 *  replaces an exact age. */
[[nodiscard]] AgeBand ageBandFor(int years);

/** Why a span was hidden, for the practitioner's side-by-side review. */
enum class FindingReason : std::uint8_t {
    Pattern,     ///< the shape of the identifier (postcode, phone, NHS check digit, ...)
    SessionList, ///< a name the practitioner or child listed for this session
    Gazetteer,   ///< a first name or surname from the gazetteer
    Context,     ///< the words around it ("my brother ...", "called ...", "lives in ...")
};

/** One hidden span: where it was in the statement and where its placeholder is in the output. */
struct Finding
{
    PiiKind kind = PiiKind::Name;
    FindingReason reason = FindingReason::Pattern;
    qsizetype start = 0; ///< in the original text (UTF-16 units)
    qsizetype length = 0;
    qsizetype outputStart = 0; ///< the placeholder in the anonymised text
    qsizetype outputLength = 0;

    [[nodiscard]] qsizetype end() const { return start + length; }
};

/** The canonical English placeholder, e.g. "[name]"; this is what leaves the device. */
[[nodiscard]] const QString& placeholderToken(PiiKind kind);
/** The canonical age placeholder, e.g. "[age 8-11]". */
[[nodiscard]] const QString& ageBandToken(AgeBand band);
/** The placeholder in the user's language, through QCoreApplication::translate("Anonymiser"),
 *  for showing the child and practitioner what the team will see. */
[[nodiscard]] QString placeholderLabel(PiiKind kind);
[[nodiscard]] QString ageBandLabel(AgeBand band);
/** The anonymised text with every canonical placeholder ("[name]", "[age 8-11]",
 *  "[date of birth]") shown in the user's language, for the review queue and the child's
 *  preview; what leaves the device keeps the canonical tokens. Other text is unchanged. */
[[nodiscard]] QString localisedPlaceholders(QStringView text);
/** The lower-case identifier of a kind, as used in names files and the test corpus ("nhs"). */
[[nodiscard]] QString piiKindId(PiiKind kind);
/** The kind with that identifier, or false. */
[[nodiscard]] bool piiKindFromId(QStringView id, PiiKind* kind);

} // namespace chorus
