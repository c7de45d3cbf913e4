#pragma once

#include "core/domain/activitypack.h"
#include "core/share/sharerecord.h"

#include <QCoreApplication>
#include <QString>

/**
 * Plain words for what one share record carries, so that the practitioner's review queue
 * and the child's "what the team will see" describe it the same way: the choice, the
 * feeling, the order or piles by their labels, a voice note only as its length, a drawing
 * only when it is really going.
 */
class ShareDescription
{
    Q_DECLARE_TR_FUNCTIONS(ShareDescription)

public:
    /** pack may be null (an unknown pack version): ids are then shown as they are. */
    ShareDescription(const chorus::ActivityPack* pack, QString language);

    /** The question the record answers, in the current language. */
    [[nodiscard]] QString prompt(const chorus::ShareRecord& record) const;
    /** Everything but the text, in words; empty for a plain text answer. */
    [[nodiscard]] QString content(const chorus::ShareRecord& record) const;

    /** "Voice note, 0:42 (stays on this device)". */
    static QString voiceNote(int seconds);
    /** The five feelings of the feelings scale, 1 (very sad) to 5 (very happy). */
    static QString feeling(int value);

private:
    [[nodiscard]] QString label(const chorus::PackActivity* activity, const QString& id) const;
    [[nodiscard]] QString labels(const chorus::PackActivity* activity,
                                 const QStringList& ids) const;
    [[nodiscard]] QString piles(const chorus::PackActivity* activity,
                                const QJsonObject& piles) const;

    const chorus::ActivityPack* m_pack = nullptr;
    QString m_language;
};
