#pragma once

#include "../common/result.h"
#include "namefinder.h"
#include "piikind.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace chorus {

class Gazetteer;

/** The anonymised text of one statement and what was hidden in it, for the side-by-side review
 *  the child and practitioner see before anything is shared. */
struct Redaction
{
    QString text;            ///< with canonical placeholders ("[name]", "[age 8-11]")
    QList<Finding> findings; ///< in text order
};

/** Replaces identifying text in children's and families' statements with typed placeholders,
 *  on the device, before anything enters the outbox (design.md, Anonymisation). Deterministic
 *  and offline; configured per consultation; safe to share between threads once built. */
class Anonymiser
{
public:
    struct Config
    {
        /** Names the practitioner entered at set-up, and any the child added. */
        QList<SessionName> sessionNames;
        /** The kinds to hide; all by default. */
        PiiKindSet kinds = PiiKindSet::all();
        /** Use the built-in (or the given) gazetteer of first names and surnames. */
        bool useGazetteer = true;
        /** Use context rules ("my brother ...", "called ...", "lives in ..."). */
        bool useContextRules = true;
        /** A gazetteer to use instead of the built-in one (tests, other languages). */
        std::shared_ptr<const Gazetteer> gazetteer;
    };

    /** Builds an anonymiser; fails only if the built-in gazetteer cannot be loaded. */
    static Result<Anonymiser> create(Config config);

    [[nodiscard]] Redaction anonymise(QStringView text) const { return anonymise(text, nullptr); }
    /** The same for a statement held as a QString: where nothing is hidden the result shares
     *  its text instead of copying it (most statements; anonymiser_bench). */
    [[nodiscard]] Redaction anonymise(const QString& text) const
    {
        return anonymise(QStringView(text), &text);
    }
    /** The anonymised text alone. */
    [[nodiscard]] QString anonymisedText(QStringView text) const { return anonymise(text).text; }
    [[nodiscard]] const Config& config() const { return m_config; }

    /** Parses a names file: one entry per line, optionally "kind<TAB>entry" with kind name,
     *  school or place; blank lines and lines starting with '#' are skipped. */
    static Result<QList<SessionName>> parseSessionNames(QStringView text);

private:
    /** owner, when not null, is the QString that text views. */
    [[nodiscard]] Redaction anonymise(QStringView text, const QString* owner) const;
    Anonymiser(Config config, std::shared_ptr<const Gazetteer> gazetteer);

    Config m_config;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const NameFinder> m_names;
};

} // namespace chorus
