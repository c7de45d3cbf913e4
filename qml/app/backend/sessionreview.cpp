// SessionController, "what you told us": the child's answers in words, and what the team
// will see of them (CP-6), with the child's choice to take a record out before it is sent.
#include "sessioncontroller.h"

#include "answerwords.h"
#include "appcontroller.h"
#include "qml/controls/preferences.h"
#include "reviewmodel.h"
#include "sharedescription.h"
#include "sharepreviewmodel.h"
#include "usererrors.h"

#include "core/domain/answervalues.h"

#include <QJsonArray>
#include <QLocale>

using namespace chorus;

bool SessionController::removeFromSharing(const QString& shareId)
{
    Store* store = m_app->store();
    if (!store || !m_sharePreview->shareIds().contains(shareId)) {
        return false; // only what this participant is being shown
    }
    if (auto st = store->sharing().removeBeforeSending(shareId); !st) {
        setError(UserErrors::describe(st.error()));
        return false;
    }
    setError({});
    reloadSharePreview();
    m_app->refresh();
    return true;
}

void SessionController::reloadReview()
{
    Store* store = m_app->store();
    if (!store || m_session.id.isEmpty()) {
        m_review->clear();
        return;
    }
    auto answers = store->responses().forSession(m_session.id);
    if (!answers) {
        setError(UserErrors::describe(answers.error()));
        return;
    }
    const QLocale locale(m_preferences->language());
    QList<ReviewModel::Entry> entries;
    // In the order of the activities, not of saving.
    for (int i = 0; i < activityCount(); ++i) {
        const PackActivity* a = activityAt(i);
        for (const auto& r : answers.value()) {
            if (!a || r.activityId != a->id) {
                continue;
            }
            ReviewModel::Entry e{r.id, r.activityId, text(a->prompt), toString(r.kind), r.text,
                                 0,    {},           r.durationMs};
            if (r.kind == AnswerKind::Scale) {
                e.scaleValue = r.value.value("value").toInt();
            } else if (r.kind == AnswerKind::Choice) {
                QStringList labels;
                for (const auto& chosen : r.value.value("chosen").toArray()) {
                    for (const auto& o : a->options) {
                        if (o.id == chosen.toString()) {
                            labels.append(text(o.label));
                        }
                    }
                }
                e.chosen = locale.createSeparatedList(labels);
            } else if (r.kind == AnswerKind::Drawing) {
                e.text = r.text.isEmpty() ? tr("A drawing", "@info review") : r.text;
            } else if (r.kind == AnswerKind::Audio) {
                const int seconds = (r.durationMs + 500) / 1000;
                e.text = tr("A voice note (%1)", "@info review")
                             .arg(QStringLiteral("%1:%2")
                                      .arg(seconds / 60)
                                      .arg(seconds % 60, 2, 10, QLatin1Char('0')));
            } else if (r.kind == AnswerKind::Structured && r.value.contains("parts")) {
                QStringList words;
                const QJsonObject parts = r.value.value("parts").toObject();
                for (auto part = parts.begin(); part != parts.end(); ++part) {
                    for (const auto& w : part.value().toArray()) {
                        words.append(w.toString());
                    }
                }
                e.text = locale.createSeparatedList(words);
            } else if (r.kind == AnswerKind::Ordering || r.kind == AnswerKind::Structured) {
                e.chosen = summary(*a, r);
            }
            entries.append(e);
        }
    }
    m_review->setEntries(entries);
    reloadSharePreview();
}

void SessionController::reloadSharePreview()
{
    Store* store = m_app->store();
    if (!store || m_participant.id.isEmpty()) {
        m_sharePreview->clear();
        return;
    }
    auto items = store->sharing().preview(m_participant.id);
    if (!items) {
        setError(UserErrors::describe(items.error()));
        return;
    }
    const ShareDescription words(m_pack ? &*m_pack : nullptr, m_preferences->language());
    QList<SharePreviewModel::Entry> entries;
    for (const auto& item : items.value()) {
        const ShareRecord& r = item.record;
        entries.append({item.shareId, words.prompt(r), toString(r.kind), r.text.value_or(QString()),
                        words.content(r), r.scale.value_or(0),
                        item.review == Sharing::ReviewState::Pending,
                        r.drawingPng ? item.responseId : QString()});
    }
    m_sharePreview->setEntries(std::move(entries));
}

namespace {

QString labelOf(const QList<PackOption>& options, const QString& id, const QString& language,
                const QString& fallback)
{
    for (const auto& o : options) {
        if (o.id == id) {
            return o.label.in(language, fallback);
        }
    }
    return id;
}

} // namespace

QString SessionController::summary(const PackActivity& a, const Response& r) const
{
    const QString language = m_preferences->language();
    const QString fallback = m_pack ? m_pack->defaultLanguage : QStringLiteral("en");
    const QLocale locale(language);
    QStringList lines;
    if (r.kind == AnswerKind::Ordering) {
        const QJsonArray order = r.value.value("order").toArray();
        for (qsizetype i = 0; i < order.size(); ++i) {
            lines << tr("%1. %2", "@info ranked card: place. label")
                         .arg(i + 1)
                         .arg(labelOf(a.options, order.at(i).toString(), language, fallback));
        }
    } else if (r.value.contains("piles")) {
        const QJsonObject piles = r.value.value("piles").toObject();
        for (const auto& pile : a.piles) {
            QStringList cards;
            for (const auto& card : piles.value(pile.id).toArray()) {
                cards << labelOf(a.options, card.toString(), language, fallback);
            }
            if (!cards.isEmpty()) {
                lines << tr("%1: %2", "@info a group: what is in it")
                             .arg(text(pile.label), locale.createSeparatedList(cards));
            }
        }
    } else if (r.value.contains("timeline")) {
        const QStringList moments{tr("Before", "@label feelings timeline"),
                                  tr("Now", "@label feelings timeline"),
                                  tr("Next", "@label feelings timeline")};
        const QStringList faces{tr("Very sad", "@label feeling"), tr("Sad", "@label feeling"),
                                tr("OK", "@label feeling"), tr("Happy", "@label feeling"),
                                tr("Very happy", "@label feeling")};
        const QJsonObject timeline = r.value.value("timeline").toObject();
        for (int i = 0; i < answers::timelineMoments().size(); ++i) {
            const int level = timeline.value(answers::timelineMoments().at(i)).toInt();
            if (level >= 1 && level <= 5) {
                lines << tr("%1: %2", "@info a group: what is in it")
                             .arg(moments.at(i), faces.at(level - 1));
            }
        }
    } else if (r.value.contains("circles")) {
        const QStringList places{tr("Closest", "@label circles"), tr("Close", "@label circles"),
                                 tr("A bit further", "@label circles"),
                                 tr("Outside the circles", "@label circles")};
        for (int i = 0; i < answers::circlePlaces().size(); ++i) {
            QStringList people;
            for (const auto& p : r.value.value("circles").toArray()) {
                const QJsonObject person = p.toObject();
                if (person.value("place").toString() == answers::circlePlaces().at(i)) {
                    people << (person.contains("role")
                                   ? AnswerWords::circleRole(person.value("role").toString())
                                   : person.value("label").toString());
                }
            }
            if (!people.isEmpty()) {
                lines << tr("%1: %2", "@info a group: what is in it")
                             .arg(places.at(i), locale.createSeparatedList(people));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}
