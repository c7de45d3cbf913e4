#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace chorus::sync {

/**
 * Everything a young person's own device needs to join a consultation, made on the
 * practitioner's device (issue 16): the hub's address, the hub's one-time enrolment code, and
 * the fingerprint of the hub's certificate that the practitioner's device pinned, so that the
 * new device trusts that certificate and no other from its first contact.
 *
 * Two forms:
 * - typed: the hub address as it is, and 32 characters in groups of four (the 12 of the
 *   enrolment code, 16 of the certificate's fingerprint (its first 80 bits), and 4 that check
 *   the rest and the hub address, so that a slip of the finger is reported as such rather than
 *   as "wrong code" or "the certificate has changed"). An all-zero fingerprint means a hub
 *   without TLS, which enrolment accepts on loopback only.
 * - link: `chorus-invite:1?hub=...&code=...&pin=...` with the whole fingerprint, for the QR
 *   code shown beside the typed form, and `&review=1` when the answers are to be checked with
 *   the practitioner on the young person's device before they are sent.
 */
struct InviteCard
{
    QString hubUrl;    ///< normalised: scheme, lower-case host, no trailing slash
    QString code;      ///< the enrolment code, 12 Crockford base32 characters
    QByteArray pinHex; ///< lower-case hex SHA-256 of the hub's certificate, or its first
                       ///< kTypedPinHexChars; empty for a plain-HTTP hub on loopback
    /** The practitioner asked that the answers wait on the young person's device until they
     *  check them together ("review=1" in the link). The typed form has no room for it: the
     *  hub's invite record carries it too and returns it at enrolment. */
    bool reviewOnDevice = false;

    /** Hex characters of the fingerprint the typed form carries (80 bits). */
    static constexpr int kTypedPinHexChars = 20;

    /** The 32 characters to type, in groups of four with dashes. */
    [[nodiscard]] QString typed() const;
    /** The text the QR code holds. */
    [[nodiscard]] QString link() const;

    /** Why an invite could not be read: the app words each in the reader's language. */
    enum class Problem {
        None,
        HubAddress,    ///< not a web address
        Length,        ///< not 32 letters and digits
        Mistake,       ///< the check characters do not match: a typo in the code or address
        Link,          ///< a damaged link (QR code text)
        NoCertificate, ///< an https hub with no fingerprint
    };
    /** Reads what a young person typed: the hub address and the 32 characters (any case,
     *  dashes and spaces ignored, O read as 0 and I or L as 1), or a pasted link in `code`
     *  (then `hubAddress` may be empty). */
    static std::optional<InviteCard> read(const QString& hubAddress, const QString& code,
                                          Problem* why = nullptr);
    /** Reads a link (the QR code's text). */
    static std::optional<InviteCard> fromLink(const QString& link, Problem* why = nullptr);
    /** The hub address as the invite and enrolment compare it; "hub.example.org" gains
     *  https://. Empty when it is not an address. */
    static QString normaliseHub(const QString& address);
};

} // namespace chorus::sync
