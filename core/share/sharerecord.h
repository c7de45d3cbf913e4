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
 * accident. No names, dates of birth, device IDs or exact times; never audio. The wire form
 * is specified in sync/PROTOCOL.md ("ShareRecord"). The wire
 * form is specified in sync/PROTOCOL.md ("ShareRecord").
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
    std::optional<QStringList> choices;
    std::optional<int> scale; ///< 1..5 on the feelings scale
    std::optional<QStringList> order;
    std::optional<QJsonObject> piles;      ///< card sort: pile id -> [card ids]
    std::optional<QJsonObject> structured; ///< part id -> [anonymised strings]
    bool hasVoice = false; ///< that a voice note exists, and its length: never the audio
    int voiceSeconds = 0;
    std::optional<QByteArray> drawingPng; ///< only with the share-drawings scope, after approval
    AgeBand ageBand = AgeBand::Adult;
    Role role = Role::Child;
    bool quotesAllowed = false;
    bool drawingsAllowed = false;
    QString week; ///< ISO week, e.g. "2026-W48"

    static constexpr auto kFrameworkTag = "design-and-implementation/coproduction";
    /** Every field name the payload may carry. */
    static const QStringList& allowedFields();

    [[nodiscard]] QJsonObject toJson() const;
    static Result<ShareRecord> fromJson(const QJsonObject& json);
};

} // namespace chorus
