#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace chorus::team {

/**
 * The pack's words for a consultation's activities, as the hub sends them with the
 * consultation (GET /v1/review/consultations/{id}: type, prompt and labels by language),
 * so that the team reads an activity by its question and an answer by the labels children
 * saw, in the reader's language, instead of "feel-home" or "maple-house".
 */
class PackWords
{
    Q_DECLARE_TR_FUNCTIONS(chorus::team::PackWords)

public:
    /** Replaces the words with the hub's "activities" of one consultation. */
    void reset(const QJsonArray& activities);
    void clear() { m_activities.clear(); }

    /** The activity's question in the reader's language; the id when the hub had no pack. */
    [[nodiscard]] QString activityName(const QString& activityId) const;
    /** The label of an option, card or pile of the activity; the id when unknown. */
    [[nodiscard]] QString label(const QString& activityId, const QString& id) const;
    /** True when the activity is the five-face feelings scale. */
    [[nodiscard]] bool isFeelingsScale(const QString& activityId) const;
    /** A record's answer (the hub's `answer` object) in words. */
    [[nodiscard]] QString answerText(const QString& activityId, const QJsonObject& answer) const;
    /** The text of a {language: text} object in the reader's language (QLocale's default,
     *  which the app sets to its language), else English, else any. */
    [[nodiscard]] static QString localised(const QJsonValue& byLanguage);

private:
    [[nodiscard]] QString labels(const QString& activityId, const QJsonArray& ids) const;

    QHash<QString, QJsonObject> m_activities;
};

} // namespace chorus::team
