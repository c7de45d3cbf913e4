#pragma once

#include "../common/result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace chorus {

/** A string in several languages; falls back to the pack's default language. */
struct LocalisedText
{
    QMap<QString, QString> byLanguage; ///< language code ("en", "cy", "ar") -> text
    /** The text in `language` ("cy", or "cy_GB" / "cy-GB" for Welsh), else in `fallback`
     *  (normally the pack's default language), else an empty string. */
    [[nodiscard]] QString in(const QString& language, const QString& fallback) const;
};

/** One option of a choice, or one card of a card sort. */
struct PackOption
{
    QString id;
    LocalisedText label;
    QString picture; ///< name of a built-in picture, may be empty
};

/** One activity of a pack, as the pack defines it. */
struct PackActivity
{
    enum class Type {
        FeelingsScale,
        Choice,
        FreeText,
        MagicWand,
        Drawing,
        ThreeHouses,
        CardSort,
        FeelingsTimeline,
        Circles,
    };
    QString id;
    Type type = Type::FreeText;
    LocalisedText prompt;
    bool allowVoice = false;
    int maxVoiceSeconds = 120;
    bool multiple = false;     ///< Choice: several options may be picked
    QList<PackOption> options; ///< Choice options or CardSort cards
    QList<PackOption> piles;   ///< CardSort piles (empty: rank mode)
    QString sortMode;          ///< CardSort: "piles" or "rank"
};

/** A versioned activity pack (format "chorus-pack/1"), validated on parse. */
struct ActivityPack
{
    QString id;
    int version = 0;
    QString defaultLanguage;
    LocalisedText title;
    QList<PackActivity> activities;
    QJsonObject source; ///< the JSON as given, kept so the pack can be re-exported unchanged

    /** Parses and validates; a malformed pack is rejected with the JSON path and the reason,
     *  e.g. "$.activities[2].options: a choice needs at least 2 options". */
    static Result<ActivityPack> fromJson(const QByteArray& json);
    static Result<ActivityPack> fromJsonObject(const QJsonObject& object);

    [[nodiscard]] const PackActivity* activity(const QString& id) const;
};

/** The type's name in a pack file, e.g. "feelings-scale". */
[[nodiscard]] QString activityTypeName(PackActivity::Type type);
/** The type named in a pack file, or nothing for a name this version does not know. */
[[nodiscard]] std::optional<PackActivity::Type> activityTypeFromName(QStringView name);

} // namespace chorus
