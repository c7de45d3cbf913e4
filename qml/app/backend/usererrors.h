#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>

/**
 * What a person reads when the store refuses something. The core's errors are English
 * for logs and `chorusctl` ("assessor: is required (at most 80 characters)"); on screen
 * every one is a sentence in the reader's language that names a field by the label the
 * person sees on the page, never by its identifier.
 */
class UserErrors
{
    Q_DECLARE_TR_FUNCTIONS(UserErrors)

public:
    /** The error in words for the screen. */
    [[nodiscard]] static QString describe(const chorus::Error& error);
    /** The label the page shows for a field of the core ("assessor" -> "Your role or staff
     *  code"); empty for a field no page shows. */
    [[nodiscard]] static QString fieldLabel(const QString& field);
    /** True when words begin as a developer's message does: an identifier and a colon
     *  ("codeName: ...", "value.piles[0]: ..."). Tests use it on every message shown. */
    [[nodiscard]] static bool startsWithIdentifier(const QString& words);
};
