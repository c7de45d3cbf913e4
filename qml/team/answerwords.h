#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * The words of the ids an answer carries that are the app's own, not the pack's: the five
 * feelings faces, the circles' places and people, the feelings timeline's moments and the
 * three houses. The child's summary, the practitioner's review and the team's screens all
 * show answers through these (outside any namespace: its words' context is "AnswerWords"), so that
 * nobody reads "ring-1: brother" or "before: very-sad".
 */
class AnswerWords
{
    Q_DECLARE_TR_FUNCTIONS(AnswerWords)

public:
    /** 1 "Very sad" to 5 "Very happy"; empty outside 1..5. */
    static QString feeling(int level);
    /** A face by its id ("very-sad" ... "very-happy"); the id itself when unknown. */
    static QString feelingById(const QString& id);
    /** "Very happy (5 of 5)": a feelings-scale answer on its own five-point scale. */
    static QString feelingOnScale(int level);
    /** The words of a structured answer's part key ("ring-1", "before", "dreams"). */
    static QString part(const QString& key);
    /** A person in the circles by role ("social-worker": "Social worker"), for every role in
     *  chorus::answers::circleRoles(): the one wording of the roles, which the circles
     *  activity, the child's summary and the team's screens all show. Empty when unknown. */
    static QString circleRole(const QString& role);
    /** A value in a part: a face, a person by role, or (a child's own words) as it is. */
    static QString partValue(const QString& value);
    /** Each non-empty part as "part: value, value", in the order the child met them. */
    static QStringList parts(const QJsonObject& structured, const QString& language);
};
