#pragma once

// The words of the Team screens' error codes: the hub's review API refusals (PROTOCOL.md
// "Errors") and the codes the Team side gives itself ("network", "disk_full" ...). One table
// for the controller (C++) and the pages (TeamWords.error in QML), so that a code reads the
// same wherever it is shown.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus::team {

class ReviewErrors
{
    Q_DECLARE_TR_FUNCTIONS(ReviewErrors)

public:
    /** Every code worded here. words() switches over it without a default, so that a code
     *  added here without words does not compile (-Wswitch with -Werror). */
    enum class Code {
        SignInFailed,
        RateLimited,
        SessionExpired,
        Unauthorized,
        NotSignedIn,
        Forbidden,
        NotPermitted,
        Conflict,
        NotFound,
        MissingField,
        TooLong,
        InvalidValue,
        TooFew,
        NothingSelected,
        NotSaved,
        Network,
        Tls,
        Insecure,
        BadAddress,
        BadReply,
        NoFile,
        DiskFull,
        NotWritable,
        ReportFailed,
        PdfUnavailable,
    };

    /** The code as the hub or the Team side writes it ("session_expired"). */
    static QString name(Code code);
    static std::optional<Code> parse(const QString& name);
    /** Every code's name, for the tests that check each one has words. */
    static QStringList names();

    /**
     * A plain sentence in the user's language for a code, never the hub's English: field is
     * the field the hub named (some codes word it), or for a file error the file's name.
     * Empty for an empty code; a general sentence for a code not known here.
     */
    static QString words(const QString& code, const QString& field = {});
    /** The sentence for a code not in the table. */
    static QString unknown();

private:
    static QString words(Code code, const QString& field);
    static QString fieldName(const QString& field);
};

} // namespace chorus::team
