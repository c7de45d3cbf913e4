#include "reviewerrors.h"

#include <array>
#include <utility>

namespace chorus::team {

namespace {

using enum ReviewErrors::Code;

// The codes as written on the wire (and by the Team side); every Code once.
constexpr std::array<std::pair<ReviewErrors::Code, const char*>, 25> kNames{{
    {SignInFailed, "sign_in_failed"},
    {RateLimited, "rate_limited"},
    {SessionExpired, "session_expired"},
    {Unauthorized, "unauthorized"},
    {NotSignedIn, "not_signed_in"},
    {Forbidden, "forbidden"},
    {NotPermitted, "not_permitted"},
    {Conflict, "conflict"},
    {NotFound, "not_found"},
    {MissingField, "missing_field"},
    {TooLong, "too_long"},
    {InvalidValue, "invalid_value"},
    {TooFew, "too_few"},
    {NothingSelected, "nothing_selected"},
    {NotSaved, "not_saved"},
    {Network, "network"},
    {Tls, "tls"},
    {Insecure, "insecure"},
    {BadAddress, "bad_address"},
    {BadReply, "bad_reply"},
    {NoFile, "no_file"},
    {DiskFull, "disk_full"},
    {NotWritable, "not_writable"},
    {ReportFailed, "report_failed"},
    {PdfUnavailable, "pdf_unavailable"},
}};

} // namespace

QString ReviewErrors::name(Code code)
{
    for (const auto& [c, n] : kNames) {
        if (c == code) {
            return QLatin1String(n);
        }
    }
    return {};
}

std::optional<ReviewErrors::Code> ReviewErrors::parse(const QString& name)
{
    for (const auto& [c, n] : kNames) {
        if (name == QLatin1String(n)) {
            return c;
        }
    }
    return std::nullopt;
}

QStringList ReviewErrors::names()
{
    QStringList out;
    for (const auto& entry : kNames) {
        out << QLatin1String(entry.second);
    }
    return out;
}

QString ReviewErrors::unknown()
{
    return tr("The hub could not do this. Try again, or ask the team's administrator.",
              "@info:status");
}

QString ReviewErrors::words(const QString& code, const QString& field)
{
    if (code.isEmpty()) {
        return {};
    }
    const auto known = parse(code);
    return known ? words(*known, field) : unknown();
}

QString ReviewErrors::fieldName(const QString& field)
{
    if (field == QLatin1String("name")) {
        return tr("theme name", "@info field named in an error");
    }
    if (field == QLatin1String("youSaid")) {
        return tr("\"You said\"", "@info field named in an error");
    }
    if (field == QLatin1String("weDid")) {
        return tr("\"We did\"", "@info field named in an error");
    }
    if (field == QLatin1String("status")) {
        return tr("status", "@info field named in an error");
    }
    if (field == QLatin1String("date")) {
        return tr("date", "@info field named in an error");
    }
    return field;
}

QString ReviewErrors::words(Code code, const QString& field)
{
    switch (code) {
    case SignInFailed:
        return tr("Those sign-in details were not right. Check your name, passphrase or one-time "
                  "code and try again.",
                  "@info:status");
    case RateLimited:
        return tr("Too many tries. Wait a few minutes, then try again.", "@info:status");
    // The hub ended the session (it expired, or the token is no longer valid) ...
    case SessionExpired:
    case Unauthorized:
        return tr("Your session has ended. Sign in again to carry on.", "@info:status");
    // ... or nobody signed in on this side.
    case NotSignedIn:
        return tr("You are signed out. Sign in again to continue.", "@info:status");
    case Forbidden:
        return tr("Your account cannot do this. Ask the team's administrator.", "@info:status");
    case NotPermitted:
        if (field == QLatin1String("quotable")) {
            return tr("This person did not agree to be quoted, so this record cannot be marked "
                      "quotable.",
                      "@info:status");
        }
        return tr("The young person did not agree to this, so it cannot be done.", "@info:status");
    case Conflict:
        if (field == QLatin1String("name")) { // a theme's name (the only name the API keeps)
            return tr("A theme with this name already exists in this consultation. Choose "
                      "another name.",
                      "@info:status");
        }
        return tr("That name is taken already. Choose another one.", "@info:status");
    case NotFound:
        return tr("The hub does not have this any more. It may have been removed.", "@info:status");
    case MissingField:
        return tr("Please fill in the %1.", "@info:status").arg(fieldName(field));
    case TooLong:
        return tr("The %1 is too long.", "@info:status").arg(fieldName(field));
    case InvalidValue:
        if (field == QLatin1String("passphrase")) {
            return tr("Choose a passphrase of at least 12 characters.", "@info:status");
        }
        if (field == QLatin1String("date")) {
            return tr("Give the date as year-month-day, for example 2026-03-31.", "@info:status");
        }
        return tr("The hub did not accept the %1.", "@info:status").arg(fieldName(field));
    case TooFew:
        return tr("Link the action to at least one feedback record or theme.", "@info:status");
    case NothingSelected:
        return tr("Pick one or more feedback records first.", "@info:status");
    case NotSaved:
        return tr("Save the action before publishing it.", "@info:status");
    case Network:
        return tr("Chorus could not reach the hub. Check the address and the connection.",
                  "@info:status");
    case Tls:
        return tr("The hub's certificate could not be trusted. Check the address, or ask for "
                  "the team's certificate file.",
                  "@info:status");
    case Insecure:
        return tr("The hub's address must start with https://.", "@info:status");
    case BadAddress:
        return tr("Type the hub's address, for example https://hub.example.org.", "@info:status");
    case BadReply:
        return tr("The hub gave an answer Chorus does not understand. Try again later.",
                  "@info:status");
    case NoFile:
        return tr("Choose where to save the file first.", "@info:status");
    case DiskFull:
        return tr("There is not enough space to save %1. Nothing was saved; free some space and "
                  "try again.",
                  "@info:status")
            .arg(field); // the file's name
    case NotWritable:
        return tr("%1 could not be saved there. Nothing was saved; choose a folder you can save "
                  "in.",
                  "@info:status")
            .arg(field); // the file's name
    case ReportFailed:
        return tr("The report could not be made from the hub's answer, so %1 was not saved. Try "
                  "again later.",
                  "@info:status")
            .arg(field); // the file's name
    case PdfUnavailable:
        return tr("PDF reports are not available in this build.", "@info:status");
    }
    return unknown();
}

} // namespace chorus::team
