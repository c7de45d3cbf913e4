// Invites for a young person's own device (issue 16): what the practitioner's device shows
// (32 characters to type beside the hub address, and a link for the QR code) reads back as the
// same hub, code and certificate fingerprint; slips of the finger are reported as mistakes,
// and a fingerprint shortened for typing still pins only the certificate it came from.

#include "sync/client/hubtransport.h"
#include "sync/client/invitecard.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace chorus::sync;

namespace {

const QByteArray kPin =
    QCryptographicHash::hash("a hub's certificate", QCryptographicHash::Sha256).toHex();

InviteCard card()
{
    return InviteCard{QStringLiteral("https://hub.example.org"), QStringLiteral("C8YVZHY6CF77"),
                      kPin};
}

/** The typed form with character `at` (not counting dashes) replaced by `with`. */
QString withSlip(const QString& typed, int at, QChar with)
{
    QString plain = typed;
    plain.remove(QLatin1Char('-'));
    plain[at] = with;
    return plain;
}

} // namespace

class TestInviteCard : public QObject
{
    Q_OBJECT

private slots:
    void theTypedFormIsEightGroupsOfFourThatReadBack()
    {
        const QString typed = card().typed();
        QVERIFY2(QRegularExpression("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$")
                     .match(typed)
                     .hasMatch(),
                 qPrintable(typed));
        QVERIFY(typed.startsWith(QLatin1String("C8YV-ZHY6-CF77-")));
        InviteCard::Problem why = InviteCard::Problem::Length;
        const auto back = InviteCard::read(QStringLiteral("hub.example.org"), typed, &why);
        QVERIFY(back);
        QCOMPARE(why, InviteCard::Problem::None);
        QCOMPARE(back->hubUrl, QString("https://hub.example.org"));
        QCOMPARE(back->code, QString("C8YVZHY6CF77"));
        QCOMPARE(back->pinHex, kPin.left(InviteCard::kTypedPinHexChars));
        // As a person may type it: lower case, spaces, O for 0, a trailing slash.
        QString loose = typed.toLower();
        loose.replace(QLatin1Char('-'), QLatin1Char(' '));
        loose.replace(QLatin1Char('0'), QLatin1Char('o'));
        QVERIFY(InviteCard::read(QStringLiteral("https://HUB.example.org/"), loose));
    }

    void everySlipOfOneCharacterIsAMistake()
    {
        const QString typed = card().typed();
        const QString plain = QString(typed).remove(QLatin1Char('-'));
        int caught = 0;
        for (int i = 0; i < plain.size(); ++i) {
            const QChar other = plain[i] == QLatin1Char('X') ? QLatin1Char('Y') : QLatin1Char('X');
            InviteCard::Problem why = InviteCard::Problem::None;
            const auto read = InviteCard::read(QStringLiteral("hub.example.org"),
                                               withSlip(typed, i, other), &why);
            if (!read && why == InviteCard::Problem::Mistake) {
                ++caught;
            }
        }
        QCOMPARE(caught, plain.size());
        InviteCard::Problem why = InviteCard::Problem::None;
        QVERIFY(!InviteCard::read(QStringLiteral("hub.example.com"), typed, &why));
        QCOMPARE(why, InviteCard::Problem::Mistake); // the address is checked too
        QVERIFY(!InviteCard::read(QStringLiteral("hub.example.org"), typed.left(30), &why));
        QCOMPARE(why, InviteCard::Problem::Length);
        QVERIFY(!InviteCard::read(QStringLiteral("ftp://hub.example.org"), typed, &why));
        QCOMPARE(why, InviteCard::Problem::HubAddress);
        QVERIFY(!InviteCard::read(QString(), typed, &why));
        QCOMPARE(why, InviteCard::Problem::HubAddress);
    }

    void theLinkCarriesTheWholeFingerprint()
    {
        InviteCard withPath = card();
        withPath.hubUrl = InviteCard::normaliseHub(QStringLiteral("example.org/chorus/hub"));
        QCOMPARE(withPath.hubUrl, QString("https://example.org/chorus/hub"));
        const QString link = withPath.link();
        QVERIFY2(link.startsWith(QLatin1String("chorus-invite:1?")), qPrintable(link));
        const auto back = InviteCard::read(QString(), link);
        QVERIFY(back);
        QCOMPARE(back->hubUrl, withPath.hubUrl);
        QCOMPARE(back->code, withPath.code);
        QCOMPARE(back->pinHex, kPin);
        InviteCard::Problem why = InviteCard::Problem::None;
        QVERIFY(!InviteCard::fromLink(link.left(link.size() - 3), &why)); // pin cut short
        QCOMPARE(why, InviteCard::Problem::Link);
        QVERIFY(!InviteCard::fromLink(QString(link).replace("code=C8YV", "code=C8UV"), &why));
        QCOMPARE(why, InviteCard::Problem::Link);
    }

    void theLinkCarriesThePractitionersCheck()
    {
        // Issue 16: "review=1" asks that the answers wait on the young person's device for a
        // check with their practitioner; absent or 0 means they send their own; anything else
        // is a damaged link rather than a silent "no check".
        InviteCard checked = card();
        QCOMPARE(checked.link().contains(QLatin1String("review")), false);
        QVERIFY(!InviteCard::fromLink(checked.link())->reviewOnDevice);
        checked.reviewOnDevice = true;
        const QString link = checked.link();
        QVERIFY2(link.endsWith(QLatin1String("&review=1")), qPrintable(link));
        QVERIFY(InviteCard::fromLink(link)->reviewOnDevice);
        QVERIFY(InviteCard::read(QString(), link)->reviewOnDevice);
        QVERIFY(
            !InviteCard::fromLink(QString(link).replace("review=1", "review=0"))->reviewOnDevice);
        InviteCard::Problem why = InviteCard::Problem::None;
        QVERIFY(!InviteCard::fromLink(QString(link).replace("review=1", "review=yes"), &why));
        QCOMPARE(why, InviteCard::Problem::Link);
        // The typed form is the same 32 characters either way: the hub carries the choice.
        QCOMPARE(checked.typed(), card().typed());
    }

    void aHubWithoutTlsOnlyWithoutAFingerprint()
    {
        // A hub on loopback over plain HTTP (tests, a demonstration) has no certificate: the
        // invite says so with zeros, and an https hub with zeros is refused.
        const InviteCard plain{
            QStringLiteral("http://127.0.0.1:8470"), QStringLiteral("ABCDEFGHJKMN"), {}};
        QVERIFY(plain.typed().contains(QLatin1String("-0000-0000-0000-0000-")));
        const auto back = InviteCard::read(QStringLiteral("http://127.0.0.1:8470"), plain.typed());
        QVERIFY(back);
        QVERIFY(back->pinHex.isEmpty());
        InviteCard https = plain;
        https.hubUrl = QStringLiteral("https://hub.example.org");
        InviteCard::Problem why = InviteCard::Problem::None;
        QVERIFY(!InviteCard::read(https.hubUrl, https.typed(), &why));
        QCOMPARE(why, InviteCard::Problem::NoCertificate);
        QVERIFY(!InviteCard::fromLink(https.link(), &why));
        QCOMPARE(why, InviteCard::Problem::NoCertificate);
    }

    void aShortenedPinStillPinsOneCertificate()
    {
        const QByteArray other =
            QCryptographicHash::hash("another certificate", QCryptographicHash::Sha256).toHex();
        QVERIFY(pinMatches(kPin, kPin));
        QVERIFY(pinMatches(kPin, kPin.left(kShortestPinHex)));
        QVERIFY(!pinMatches(other, kPin.left(kShortestPinHex)));
        QVERIFY(!pinMatches(kPin, kPin.left(kShortestPinHex - 1))); // too short to trust
        QVERIFY(!pinMatches(QByteArray(), kPin.left(kShortestPinHex)));
        QVERIFY(!pinMatches(QByteArray(), QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestInviteCard)
#include "tst_invitecard.moc"
