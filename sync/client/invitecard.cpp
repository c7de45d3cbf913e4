#include "invitecard.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <cstring>

namespace chorus::sync {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I L O U
constexpr int kCodeChars = 12;
constexpr int kPinChars = 16; // 80 bits of fingerprint in base32
constexpr int kCheckChars = 4;
constexpr int kTypedChars = kCodeChars + kPinChars + kCheckChars;
const QString kScheme = QStringLiteral("chorus-invite");

/** Bytes as Crockford base32, five bits a character, most significant first. */
QString toBase32(const QByteArray& bytes)
{
    QString out;
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31u]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31u]);
    }
    return out;
}

std::optional<QByteArray> fromBase32(const QString& text, int bytes)
{
    QByteArray out;
    unsigned buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char* at = std::strchr(kAlphabet, c.toLatin1());
        if (c.unicode() > 127 || c.isNull() || at == nullptr) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | static_cast<unsigned>(at - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xffu);
            bits -= 8;
        }
    }
    if (out.size() != bytes) {
        return std::nullopt;
    }
    return out;
}

/** What a person may type for the 32 characters: case, dashes and spaces do not matter,
 *  and the letters Crockford base32 leaves out are read as the digits they look like. */
QString cleanTyped(const QString& typed)
{
    QString c = typed.toUpper();
    c.remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
    c.replace(QLatin1Char('O'), QLatin1Char('0'));
    c.replace(QLatin1Char('I'), QLatin1Char('1'));
    c.replace(QLatin1Char('L'), QLatin1Char('1'));
    return c;
}

/** The four characters that check the code, the fingerprint and the hub address together. */
QString checkFor(const QString& hubUrl, const QString& code, const QString& pinChars)
{
    const QByteArray digest = QCryptographicHash::hash(
        QStringLiteral("chorus-invite-1|%1|%2|%3").arg(hubUrl, code, pinChars).toUtf8(),
        QCryptographicHash::Sha256);
    return toBase32(digest.left(3)).left(kCheckChars); // 20 bits
}

/** The fingerprint's first 80 bits in base32; all zeros for a hub without TLS. */
QString pinChars(const QByteArray& pinHex)
{
    if (pinHex.isEmpty()) {
        return QString(kPinChars, QLatin1Char('0'));
    }
    return toBase32(QByteArray::fromHex(pinHex.left(InviteCard::kTypedPinHexChars)));
}

bool isCode(const QString& code)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{12}$"));
    return shape.match(code).hasMatch();
}

bool isHexPin(const QByteArray& pin)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return (pin.size() == 64 || pin.size() == InviteCard::kTypedPinHexChars) &&
           hex.match(QString::fromLatin1(pin)).hasMatch();
}

std::optional<InviteCard> refuse(InviteCard::Problem problem, InviteCard::Problem* why)
{
    if (why) {
        *why = problem;
    }
    return std::nullopt;
}

/** TLS is what the fingerprint is for: an https hub without one cannot be trusted. */
bool needsPin(const QString& hubUrl)
{
    return hubUrl.startsWith(QLatin1String("https://"));
}

} // namespace

QString InviteCard::normaliseHub(const QString& address)
{
    QString text = address.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (!text.contains(QLatin1String("://"))) {
        text.prepend(QLatin1String("https://"));
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return {};
    }
    if (url.path() == QLatin1String("/")) {
        url.setPath(QString()); // "hub.example.org/" is the same hub
    }
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
        .toString(QUrl::FullyEncoded);
}

QString InviteCard::typed() const
{
    const QString pin = pinChars(pinHex);
    const QString all = code + pin + checkFor(hubUrl, code, pin);
    QStringList groups;
    for (qsizetype i = 0; i < all.size(); i += 4) {
        groups << all.mid(i, 4);
    }
    return groups.join(QLatin1Char('-'));
}

QString InviteCard::link() const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("hub"), QString::fromLatin1(QUrl::toPercentEncoding(hubUrl)));
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("pin"), QString::fromLatin1(pinHex));
    if (reviewOnDevice) {
        query.addQueryItem(QStringLiteral("review"), QStringLiteral("1"));
    }
    return kScheme + QStringLiteral(":1?") + query.toString(QUrl::FullyEncoded);
}

std::optional<InviteCard> InviteCard::read(const QString& hubAddress, const QString& code,
                                           Problem* why)
{
    if (why) {
        *why = Problem::None;
    }
    if (code.trimmed().startsWith(kScheme + QLatin1Char(':'))) {
        return fromLink(code.trimmed(), why);
    }
    const QString hub = normaliseHub(hubAddress);
    if (hub.isEmpty()) {
        return refuse(Problem::HubAddress, why);
    }
    const QString clean = cleanTyped(code);
    if (clean.size() != kTypedChars) {
        return refuse(Problem::Length, why);
    }
    const QString enrolment = clean.left(kCodeChars);
    const QString pin = clean.mid(kCodeChars, kPinChars);
    const QString check = clean.right(kCheckChars);
    const auto pinBytes = fromBase32(pin, InviteCard::kTypedPinHexChars / 2);
    if (!isCode(enrolment) || !pinBytes || check != checkFor(hub, enrolment, pin)) {
        return refuse(Problem::Mistake, why);
    }
    InviteCard card{hub, enrolment, {}};
    if (pin != QString(kPinChars, QLatin1Char('0'))) {
        card.pinHex = pinBytes->toHex();
    } else if (needsPin(hub)) {
        return refuse(Problem::NoCertificate, why);
    }
    return card;
}

std::optional<InviteCard> InviteCard::fromLink(const QString& link, Problem* why)
{
    if (why) {
        *why = Problem::None;
    }
    if (!link.startsWith(kScheme + QStringLiteral(":1?"))) {
        return refuse(Problem::Link, why);
    }
    const QUrlQuery query(link.mid(kScheme.size() + 3));
    InviteCard card;
    card.hubUrl = normaliseHub(query.queryItemValue(QStringLiteral("hub"), QUrl::FullyDecoded));
    card.code = query.queryItemValue(QStringLiteral("code"));
    card.pinHex = query.queryItemValue(QStringLiteral("pin")).toLatin1().toLower();
    const QString review = query.queryItemValue(QStringLiteral("review"));
    card.reviewOnDevice = review == QLatin1String("1");
    if (card.hubUrl.isEmpty() || !isCode(card.code) ||
        (!card.pinHex.isEmpty() && !isHexPin(card.pinHex)) ||
        (!review.isEmpty() && review != QLatin1String("0") && !card.reviewOnDevice)) {
        return refuse(Problem::Link, why);
    }
    if (card.pinHex.isEmpty() && needsPin(card.hubUrl)) {
        return refuse(Problem::NoCertificate, why);
    }
    return card;
}

} // namespace chorus::sync
