#pragma once

#include "../common/result.h"
#include "../domain/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace chorus {

/**
 * The anonymised copy of one answer that may leave the device (CP-4). Its JSON form is an
 * allow-list: these fields and no others, so that nothing identifying can be added by
 * accident. No names, dates of birth, device IDs or exact times; never audio.
 */
struct ShareRecord
{
    QString id; ///< random UUID, made on the device; the hub deduplicates by it
    QString consultationId;
    QString packId;
    int packVersion = 0;
    QString activityId;
    QString promptId;
    AnswerKind kind = AnswerKind::Text;
    std::optional<QString> text; ///< anonymised
    std::optional<QStringList> choice;
    std::optional<int> scale; ///< 1..5
    std::optional<QStringList> order;
    std::optional<QJsonObject> piles; ///< pile id -> [card ids]
    bool hasVoice = false;
    int voiceSeconds = 0;
    std::optional<QByteArray> drawingPng; ///< only with the share-drawings scope, after approval
    AgeBand ageBand = AgeBand::Adult;
    Role role = Role::Child;
    bool quotesAllowed = false;
    QString week; ///< ISO week, e.g. "2026-W48"

    static constexpr auto kFrameworkTag = "design-and-implementation/coproduction";
    /** Every field name the payload may carry. */
    static const QStringList& allowedFields();

    [[nodiscard]] QJsonObject toJson() const;
    static Result<ShareRecord> fromJson(const QJsonObject& json);
};

} // namespace chorus
