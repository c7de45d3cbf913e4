#include "usererrors.h"

#include <QRegularExpression>

using chorus::Error;

namespace {

/** "field: why" as the core builds it (types.cpp, the store): the field's path. */
QString fieldOf(const QString& message)
{
    static const QRegularExpression field(
        QStringLiteral("^([A-Za-z$][A-Za-z0-9_$]*)(?:[.\\[][A-Za-z0-9_.\\[\\]$-]*)?: "));
    const auto match = field.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

bool UserErrors::startsWithIdentifier(const QString& words)
{
    // An identifier is one word with no space before the colon that is camelCase, dotted,
    // indexed or hyphenated, or a plain lower-case word ("hub: ...", "code: ...").
    static const QRegularExpression identifier(
        QStringLiteral("^\\s*[A-Za-z$][A-Za-z0-9_$.\\[\\]-]*:(\\s|$)"));
    const auto match = identifier.match(words);
    if (!match.hasMatch()) {
        return false;
    }
    const QString word = match.captured(0).trimmed().chopped(1);
    // A sentence may begin with one capitalised word and a colon ("Answer: ..."); an
    // identifier has a lower-case start or inner capitals, dots, brackets or dashes.
    static const QRegularExpression plainWord(QStringLiteral("^[A-Z][a-z]+$"));
    return !plainWord.match(word).hasMatch();
}

QString UserErrors::fieldLabel(const QString& field)
{
    // The labels of ConsentPage.qml and SetupPage.qml, in the same words.
    if (field == QLatin1String("assessor")) {
        return tr("Your role or staff code", "@label:textbox field named in an error");
    }
    if (field == QLatin1String("assessmentBasis")) {
        return tr("Why you judge that the child understands",
                  "@label:textbox field named in an error");
    }
    if (field == QLatin1String("codeName")) {
        return tr("A made-up name for you", "@label:textbox field named in an error");
    }
    if (field == QLatin1String("title")) {
        return tr("Title", "@label:textbox field named in an error");
    }
    if (field == QLatin1String("purpose")) {
        return tr("What it is for, in words a child understands",
                  "@label:textbox field named in an error");
    }
    if (field == QLatin1String("retentionDays")) {
        return tr("Keep answers for this many days", "@label:spinbox field named in an error");
    }
    if (field == QLatin1String("activities")) {
        return tr("Activities, in order", "@label field named in an error");
    }
    if (field == QLatin1String("text")) {
        return tr("Your answer", "@label field named in an error");
    }
    if (field == QLatin1String("method")) {
        return tr("Who is saying yes or no?", "@label field named in an error");
    }
    if (field == QLatin1String("scopes")) {
        return tr("Your choices", "@label field named in an error");
    }
    return {};
}

QString UserErrors::describe(const Error& error)
{
    if (error.message.isEmpty()) {
        return {};
    }
    switch (error.code) {
    case Error::Code::CannotUnlock:
        return tr("That passphrase or key is not right.", "@info:status");
    case Error::Code::SlotsDestroyed:
        return tr("Too many wrong tries: the data on this device can no longer be opened.",
                  "@info:status");
    case Error::Code::Damaged:
        return tr("The data on this device is damaged and could not be read. Nothing more was "
                  "changed; ask your administrator for help.",
                  "@info:status");
    case Error::Code::NotFound:
        return tr("It is no longer on this device; it may have been deleted.", "@info:status");
    case Error::Code::ConsentMissing:
        return tr("Not saved: no consent in force covers this answer. Record the consent first.",
                  "@info:status");
    case Error::Code::DiskFull:
        return tr("There is not enough space on this device. Nothing was lost; free some space "
                  "and try again.",
                  "@info:status");
    case Error::Code::Io:
    case Error::Code::Internal:
        return tr("The data on this device could not be read or written just now. Nothing was "
                  "lost; try again, and restart the app if it happens again.",
                  "@info:status");
    case Error::Code::Exists:
    case Error::Code::Invalid:
        break;
    }
    const QString field = fieldOf(error.message);
    const QString label = fieldLabel(field);
    const QString why = error.message.mid(error.message.indexOf(QLatin1String(": ")) + 2);
    if (field == QLatin1String("codeName") && why.contains(QLatin1String("already used"))) {
        return tr("Someone in this consultation already has that made-up name. Choose another.",
                  "@info:status");
    }
    if (field == QLatin1String("codeName") && why.contains(QLatin1String("contact details"))) {
        return tr("The made-up name looks like contact details. Choose a made-up name with no "
                  "email address or phone number.",
                  "@info:status");
    }
    if (field == QLatin1String("text") && why.contains(QLatin1String("empty"))) {
        return tr("Write something first: an empty answer is not saved.", "@info:status");
    }
    if (!label.isEmpty() && why.startsWith(QLatin1String("is required"))) {
        return tr("Please fill in “%1”.", "@info:status a field left empty").arg(label);
    }
    if (!label.isEmpty()) {
        static const QRegularExpression limit(QStringLiteral("(\\d+) to (\\d+)|at most (\\d+)"));
        if (const auto m = limit.match(why); m.hasMatch()) {
            const QString most = m.captured(3).isEmpty() ? m.captured(2) : m.captured(3);
            return tr("“%1” is too long or empty: use at most %2 characters.", "@info:status")
                .arg(label, most);
        }
        return tr("“%1” was not accepted. Check it and try again.", "@info:status").arg(label);
    }
    if (error.code == Error::Code::Exists) {
        return tr("That is already here.", "@info:status");
    }
    // A field no page shows (an id, a pack's path): the app, not the person, got it wrong.
    return tr("This could not be saved because something in it was not as this app expects. "
              "Nothing was lost; try again, and tell your administrator if it happens again.",
              "@info:status");
}
