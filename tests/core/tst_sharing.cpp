// Share records and the outbox (the anonymiser issue): CP-4's allow-list contract, consent
// gating, the practitioner review queue, the child's preview and removal, and erasures for
// what the hub already has.
#include "support/storefixture.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace chorus;

namespace {

QJsonObject bodyOf(const Outbox::Item& item)
{
    return QJsonDocument::fromJson(item.body).object();
}

/** Answers of every kind the store knows, for the contract test. */
QList<Response> oneOfEachKind(const test::StoreFixture& fx)
{
    QList<Response> out;
    Response text = fx.textAnswer("My brother Jake said call him on 07700 900123");
    out << text;
    Response scale = text;
    scale.kind = AnswerKind::Scale;
    scale.activityId = "feel";
    scale.value = QJsonObject{{"value", 4}};
    out << scale;
    Response choice = scale;
    choice.kind = AnswerKind::Choice;
    choice.activityId = "pick";
    choice.value = QJsonObject{{"chosen", QJsonArray{"friends"}}};
    out << choice;
    Response voice = text;
    voice.kind = AnswerKind::Audio;
    voice.text.clear();
    voice.media = "OggS-voice-bytes";
    voice.mediaType = "audio/ogg";
    voice.durationMs = 12400;
    out << voice;
    return out;
}

/** A session of the fixture's participant with known times (issue 19): 90 s on "feel",
 *  answered and liked; 30 s on "say", skipped; 20 s on "pick", opened and left; read aloud
 *  and large text; a 10-minute lock in the middle that the practitioner's time leaves out. */
ParticipationRecord knownSession(const test::StoreFixture& fx)
{
    const QDateTime t0 = fx.session.startedAt;
    ParticipationRecord base;
    base.consultationId = fx.consultation.id;
    base.packId = fx.consultation.packId;
    base.packVersion = fx.consultation.packVersion;
    base.ageBand = fx.participant.ageBand;
    base.role = fx.participant.role;
    base.language = "cy";
    base.week = "2026-W45";
    ParticipationTracker t;
    t.start(base, t0);
    t.enter("feel", "feelings-scale", t0);
    t.leave(true, false, t0.addSecs(90));
    t.rate("feel", ParticipationRecord::Rating::Liked);
    t.useAdaptation("read-aloud");
    t.useAdaptation("large-text");
    t.useAdaptation("not-an-adaptation");
    t.pause(t0.addSecs(120)); // locked for ten minutes
    t.start(t.record(t0, t0.addSecs(120)), t0.addSecs(720));
    t.enter("say", "free-text", t0.addSecs(720));
    t.leave(false, true, t0.addSecs(750));
    t.enter("pick", "choice", t0.addSecs(750));
    t.leave(false, false, t0.addSecs(770));
    return t.record(t0, t0.addSecs(780));
}

} // namespace

class TestSharing : public QObject
{
    Q_OBJECT

private slots:
    void theAllowListIsExactlyTheDocumentedOne()
    {
        // Changing this list is a privacy decision: update the protocol and CP-4 review first.
        const QStringList documented{
            "id",       "consultationId", "packId",     "packVersion", "activityId",
            "promptId", "kind",           "text",       "choices",     "scale",
            "order",    "piles",          "structured", "drawing",     "drawingApproved",
            "voice",    "ageBand",        "role",       "scopes",      "week",
            "framework"};
        QCOMPARE(ShareRecord::allowedFields(), documented);
    }

    void everyKindOfAnswerStaysInsideTheAllowList()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | ShareAnonymised | RecordVoice));
        QVERIFY(fx.store->sharing().setReviewRequired(fx.consultation.id, false).ok());
        for (const auto& answer : oneOfEachKind(fx)) {
            auto saved = fx.store->responses().save(answer);
            QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        }
        auto due = fx.store->outbox().due(100);
        QCOMPARE(due->size(), 4);
        const QRegularExpression week("^\\d{4}-W\\d{2}$");
        for (const auto& item : due.value()) {
            const QJsonObject body = bodyOf(item);
            for (auto it = body.begin(); it != body.end(); ++it) {
                QVERIFY2(ShareRecord::allowedFields().contains(it.key()), qPrintable(it.key()));
            }
            QVERIFY(week.match(body.value("week").toString()).hasMatch());
            QCOMPARE(body.value("framework").toString(),
                     QString("design-and-implementation/coproduction"));
            QVERIFY(!item.body.contains("Tiger")); // the code name never leaves
            QVERIFY(!item.body.contains(fx.participant.id.toUtf8()));
            QVERIFY(!item.body.contains(fx.session.id.toUtf8()));
            QVERIFY(!item.body.contains("2026-11-02T")); // no exact time
            QVERIFY(!item.body.contains("OggS"));        // voice never leaves
            QVERIFY(ShareRecord::fromJson(body).ok());
        }
        const QJsonObject voice = bodyOf(due->at(3));
        QCOMPARE(voice.value("voice").toObject().value("present").toBool(), true);
        QCOMPARE(voice.value("voice").toObject().value("seconds").toInt(), 12);
    }

    void theParticipationAllowListIsExactlyTheDocumentedOne()
    {
        // The participation record (issue 19) is a privacy decision like the share record:
        // update PROTOCOL.md ("ParticipationRecord") and the consent page's words first.
        const QStringList documented{
            "record",     "id",   "consultationId", "packId",  "packVersion",         "ageBand",
            "role",       "mode", "language",       "minutes", "practitionerMinutes", "adaptations",
            "activities", "week", "framework"};
        QCOMPARE(ParticipationRecord::allowedFields(), documented);
        QCOMPARE(ParticipationRecord::activityFields(),
                 QStringList({"activityId", "type", "outcome", "seconds", "rating"}));
        QCOMPARE(ParticipationRecord::adaptationNames(),
                 QStringList({"read-aloud", "voice-notes", "large-text", "high-contrast",
                              "dyslexia-font", "keyboard"}));
    }

    void aSessionsParticipationStaysInsideTheAllowList()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        // Review stays on: a participation record holds no words, so it goes without it.
        QVERIFY(fx.store->sharing()
                    .saveParticipation(fx.participant.id, knownSession(fx), fx.consent.scopes)
                    .ok());
        auto due = fx.store->outbox().due(10);
        QCOMPARE(due->size(), 1);
        const QJsonObject body = bodyOf(due->first());
        for (auto it = body.begin(); it != body.end(); ++it) {
            QVERIFY2(ParticipationRecord::allowedFields().contains(it.key()), qPrintable(it.key()));
        }
        for (const auto& a : body.value("activities").toArray()) {
            const QJsonObject o = a.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                QVERIFY2(ParticipationRecord::activityFields().contains(it.key()),
                         qPrintable(it.key()));
            }
        }
        QVERIFY(!due->first().body.contains("Tiger"));
        QVERIFY(!due->first().body.contains(fx.participant.id.toUtf8()));
        QVERIFY(!due->first().body.contains(fx.session.id.toUtf8()));
        QVERIFY(!due->first().body.contains("2026-11-02T"));
        QCOMPARE(body.value("minutes").toInt(), 13);            // 780 s, the lock included
        QCOMPARE(body.value("practitionerMinutes").toInt(), 3); // 120 s + 60 s
        QCOMPARE(body.value("adaptations").toArray(), QJsonArray({"read-aloud", "large-text"}));
        QCOMPARE(body.value("language").toString(), QString("cy"));
        const QJsonArray acts = body.value("activities").toArray();
        QCOMPARE(acts.size(), 3);
        QCOMPARE(acts[0].toObject(), QJsonObject({{"activityId", "feel"},
                                                  {"type", "feelings-scale"},
                                                  {"outcome", "completed"},
                                                  {"seconds", 90},
                                                  {"rating", "liked"}}));
        QCOMPARE(acts[1].toObject().value("outcome").toString(), QString("skipped"));
        QCOMPARE(acts[1].toObject().value("seconds").toInt(), 30);
        QCOMPARE(acts[2].toObject().value("outcome").toString(), QString("started"));
        QVERIFY(!acts[2].toObject().contains("rating"));
        auto back = ParticipationRecord::fromJson(body);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->toJson(), body);
        // The child's preview and the review queue show answers, never this record.
        QCOMPARE(fx.store->sharing().preview(fx.participant.id)->size(), 0);
        QCOMPARE(fx.store->sharing().reviewQueue(fx.consultation.id)->size(), 0);
    }

    void aParticipationRecordRefusesAnythingElse()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QJsonObject body = knownSession(fx).toJson();
        body.insert("id", "x");
        body.insert("startedAt", "2026-11-02T10:00:00Z");
        QVERIFY(ParticipationRecord::fromJson(body).error().message.startsWith("startedAt:"));
        body.remove("startedAt");
        QJsonArray acts = body.value("activities").toArray();
        QJsonObject first = acts[0].toObject();
        first.insert("answer", "my words");
        acts[0] = first;
        body.insert("activities", acts);
        QVERIFY(
            ParticipationRecord::fromJson(body).error().message.startsWith("activities.answer:"));
    }

    void participationNeedsTheShareScope()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice));
        QVERIFY(fx.store->sharing()
                    .saveParticipation(fx.participant.id, knownSession(fx), StoreOnDevice)
                    .ok());
        QCOMPARE(fx.store->outbox().all()->size(), 0);
        QVERIFY(!fx.store->sharing().participation(fx.participant.id)->has_value());
    }

    void aResumedSessionReplacesItsParticipationRecord()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto& sharing = fx.store->sharing();
        QVERIFY(
            sharing.saveParticipation(fx.participant.id, knownSession(fx), fx.consent.scopes).ok());
        const QString first = fx.store->outbox().due(10)->first().itemId;
        QVERIFY(
            sharing.saveParticipation(fx.participant.id, knownSession(fx), fx.consent.scopes).ok());
        QCOMPARE(fx.store->outbox().all()->size(), 1); // unsent: replaced in place
        QCOMPARE(fx.store->outbox().all()->first().itemId, first);
        QVERIFY(fx.store->outbox().acknowledge({first}).ok());
        auto kept = sharing.participation(fx.participant.id);
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE(kept->value().activities.size(), 3);
        QVERIFY(
            sharing.saveParticipation(fx.participant.id, kept->value(), fx.consent.scopes).ok());
        auto all = fx.store->outbox().all();
        QCOMPARE(all->size(), 2); // the hub's copy erased, a new one queued
        QCOMPARE(all->at(0).kind, Outbox::Kind::Erasure);
        QCOMPARE(bodyOf(all->at(0)).value("feedbackId").toString(), first);
        QVERIFY(all->at(1).itemId != first);
    }

    void withdrawalErasesTheParticipationRecord()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->sharing()
                    .saveParticipation(fx.participant.id, knownSession(fx), fx.consent.scopes)
                    .ok());
        const QString sent = fx.store->outbox().due(10)->first().itemId;
        QVERIFY(fx.store->outbox().acknowledge({sent}).ok());
        QVERIFY(fx.store->erasure().withdraw(fx.participant.id).ok());
        auto all = fx.store->outbox().all();
        QCOMPARE(all->size(), 2); // the erasure, and the count of one withdrawal
        QCOMPARE(all->first().kind, Outbox::Kind::Erasure);
        QCOMPARE(bodyOf(all->first()).value("feedbackId").toString(), sent);
        QCOMPARE(bodyOf(all->at(1)).value("record").toString(), QString("consent"));
        QCOMPARE(fx.store->database().queryText("SELECT count(*) FROM share_records").value(),
                 QString("0"));
    }

    void theConsentEventAllowListIsExactlyTheDocumentedOne()
    {
        // A consent event (issue 19) names nobody: update PROTOCOL.md ("ConsentEvent") and
        // the consent page's words before adding anything.
        QCOMPARE(ConsentEvent::allowedFields(),
                 QStringList({"record", "id", "consultationId", "event"}));
        ConsentEvent e;
        e.id = "e1";
        e.consultationId = "c1";
        e.kind = ConsentEvent::Kind::Withdrawn;
        QCOMPARE(e.toJson(), QJsonObject({{"record", "consent"},
                                          {"id", "e1"},
                                          {"consultationId", "c1"},
                                          {"event", "withdrawn"}}));
        QJsonObject why = e.toJson();
        why.insert("reason", "moved away");
        QVERIFY(ConsentEvent::fromJson(why).error().message.startsWith("reason:"));
        QJsonObject maybe = e.toJson();
        maybe.insert("event", "maybe");
        QVERIFY(ConsentEvent::fromJson(maybe).error().message.startsWith("event:"));
        QCOMPARE(ConsentEvent::fromJson(e.toJson())->toJson(), e.toJson());
    }

    void aWithdrawalIsCountedNamingNobody()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->erasure().withdraw(fx.participant.id).ok());
        auto all = fx.store->outbox().all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().kind, Outbox::Kind::Feedback);
        const QJsonObject body = bodyOf(all->first());
        QCOMPARE(body.keys(), QStringList({"consultationId", "event", "id", "record"}));
        QCOMPARE(body.value("consultationId").toString(), fx.consultation.id);
        QCOMPARE(body.value("event").toString(), QString("withdrawn"));
        QCOMPARE(body.value("id").toString(), all->first().itemId);
        QVERIFY(!all->first().body.contains("Tiger"));
        QVERIFY(!all->first().body.contains(fx.participant.id.toUtf8()));
        // Withdrawing someone who is not there counts nothing.
        QVERIFY(!fx.store->erasure().withdraw(fx.participant.id).ok() ||
                fx.store->outbox().all()->size() == 1);
        QCOMPARE(fx.store->outbox().all()->size(), 1);
        // A "no" on the consent page is queued the same way, by the sharing side.
        QVERIFY(fx.store->sharing()
                    .noteConsentEvent(fx.consultation.id, ConsentEvent::Kind::Refused)
                    .ok());
        QCOMPARE(bodyOf(fx.store->outbox().all()->at(1)).value("event").toString(),
                 QString("refused"));
    }

    void anUnknownFieldIsRejectedOnTheWayIn()
    {
        QJsonObject json{{"id", "x"},
                         {"kind", "text"},
                         {"ageBand", "8-11"},
                         {"role", "child"},
                         {"framework", ShareRecord::kFrameworkTag},
                         {"deviceId", "abc"}};
        auto r = ShareRecord::fromJson(json);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith("deviceId:"));
    }

    void textIsAnonymisedBeforeItIsQueued()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->sharing().setReviewRequired(fx.consultation.id, false).ok());
        QVERIFY(fx.store->sharing()
                    .addNamesToHide(fx.consultation.id, {{"Oakfield Primary", PiiKind::School}})
                    .ok());
        QVERIFY(fx.store->responses()
                    .save(fx.textAnswer("I go to Oakfield Primary, my postcode is SW1A 1AA"))
                    .ok());
        const QString text = bodyOf(fx.store->outbox().due(10)->first()).value("text").toString();
        QVERIFY2(!text.contains("Oakfield") && !text.contains("SW1A"), qPrintable(text));
        QVERIFY2(text.contains("[school]") && text.contains("[postcode]"), qPrintable(text));
    }

    void nothingIsSharedWithoutTheShareScopeOrWhileADraft()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice));
        QVERIFY(fx.store->responses().save(fx.textAnswer("only for me")).ok());
        QCOMPARE(fx.store->outbox().all()->size(), 0);
        QVERIFY(fx.giveConsent(fx.participant.id, StoreOnDevice | ShareAnonymised));
        Response draft = fx.textAnswer("not finished yet");
        draft.draft = true;
        QVERIFY(fx.store->responses().save(draft).ok());
        QCOMPARE(fx.store->outbox().all()->size(), 0);
    }

    void reviewQueueHoldsRecordsUntilApproved()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("My worker Mrs Patel is kind")).ok());
        QCOMPARE(fx.store->outbox().due(10)->size(), 0); // review is on by default
        auto queue = fx.store->sharing().reviewQueue(fx.consultation.id);
        QCOMPARE(queue->size(), 1);
        QCOMPARE(queue->first().original, QString("My worker Mrs Patel is kind"));
        QVERIFY(!queue->first().record.text->contains("Patel"));

        QVERIFY(fx.store->sharing()
                    .approve(queue->first().shareId, QString("My worker [name] is [redacted]"))
                    .ok());
        auto due = fx.store->outbox().due(10);
        QCOMPARE(due->size(), 1);
        QCOMPARE(bodyOf(due->first()).value("text").toString(),
                 QString("My worker [name] is [redacted]"));
        QCOMPARE(fx.store->sharing().reviewQueue(fx.consultation.id)->size(), 0);
        auto audit =
            fx.store->database().queryText("SELECT group_concat(action || detail) FROM audit_log");
        QVERIFY(audit->contains("share.approvedredacted"));
        QVERIFY(!audit->contains("Patel"));
    }

    void heldRecordsNeverGo()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("something private")).ok());
        const QString id = fx.store->sharing().reviewQueue(fx.consultation.id)->first().shareId;
        QVERIFY(fx.store->sharing().holdBack(id).ok());
        QCOMPARE(fx.store->outbox().all()->size(), 0);
        QCOMPARE(fx.store->sharing().preview(fx.participant.id)->size(), 0);
    }

    void drawingsNeedTheirScopeAndApproval()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        Response drawing = fx.textAnswer("");
        drawing.kind = AnswerKind::Drawing;
        drawing.media = QByteArray("\x89PNG fake drawing");
        drawing.mediaType = "image/png";
        auto saved = fx.store->responses().save(drawing);
        QVERIFY(saved.ok());
        const QString id = fx.store->sharing().reviewQueue(fx.consultation.id)->first().shareId;
        QVERIFY(!fx.store->sharing()
                     .reviewQueue(fx.consultation.id)
                     ->first()
                     .record.drawingPng.has_value());
        QCOMPARE(fx.store->sharing().approve(id, std::nullopt, true).error().code,
                 Error::Code::ConsentMissing);

        QVERIFY(fx.giveConsent(fx.participant.id, StoreOnDevice | ShareAnonymised | ShareDrawings));
        QVERIFY(
            fx.store->responses().save(saved.value()).ok()); // saved again under the new consent
        QVERIFY(fx.store->sharing().approve(id, std::nullopt, true).ok());
        QCOMPARE(bodyOf(fx.store->outbox().due(10)->first()).value("drawing").toString(),
                 QString::fromLatin1(drawing.media.toBase64()));
    }

    void childCanTakeARecordBackUntilItIsSent()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->sharing().setReviewRequired(fx.consultation.id, false).ok());
        QVERIFY(fx.store->responses().save(fx.textAnswer("first")).ok());
        QVERIFY(fx.store->responses().save(fx.textAnswer("second")).ok());
        auto preview = fx.store->sharing().preview(fx.participant.id);
        QCOMPARE(preview->size(), 2);
        QVERIFY(fx.store->sharing().removeBeforeSending(preview->at(0).shareId).ok());
        QCOMPARE(fx.store->outbox().all()->size(), 1);

        QVERIFY(fx.store->outbox().acknowledge({preview->at(1).shareId}).ok());
        auto refused = fx.store->sharing().removeBeforeSending(preview->at(1).shareId);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains("withdrawn"));
    }

    void deletingASentAnswerQueuesAnErasure()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->sharing().setReviewRequired(fx.consultation.id, false).ok());
        auto saved = fx.store->responses().save(fx.textAnswer("sent then deleted"));
        const QString shareId = fx.store->outbox().due(10)->first().itemId;
        QVERIFY(fx.store->outbox().acknowledge({shareId}).ok());
        QVERIFY(fx.store->responses().remove(saved->id).ok());
        auto all = fx.store->outbox().all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().kind, Outbox::Kind::Erasure);
        QCOMPARE(bodyOf(all->first()).value("feedbackId").toString(), shareId);
    }

    void withdrawalRemovesQueuedRecordsAndErasesSentOnes()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->sharing().setReviewRequired(fx.consultation.id, false).ok());
        QVERIFY(fx.store->responses().save(fx.textAnswer("sent")).ok());
        const QString sent = fx.store->outbox().due(10)->first().itemId;
        QVERIFY(fx.store->outbox().acknowledge({sent}).ok());
        QVERIFY(fx.store->responses().save(fx.textAnswer("still queued")).ok());
        auto report = fx.store->erasure().withdraw(fx.participant.id);
        QVERIFY(report.ok());
        auto all = fx.store->outbox().all();
        QCOMPARE(all->size(), 2); // the erasure, and the count of one withdrawal
        QCOMPARE(all->first().kind, Outbox::Kind::Erasure);
        QCOMPARE(bodyOf(all->first()).value("feedbackId").toString(), sent);
        QCOMPARE(fx.store->database().queryText("SELECT count(*) FROM share_records").value(),
                 QString("0"));
    }

    void resavingAnUnsentAnswerReplacesItsCopy()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->sharing().setReviewRequired(fx.consultation.id, false).ok());
        auto saved = fx.store->responses().save(fx.textAnswer("first words"));
        auto changed = saved.value();
        changed.text = "better words";
        QVERIFY(fx.store->responses().save(changed).ok());
        auto due = fx.store->outbox().due(10);
        QCOMPARE(due->size(), 1);
        QCOMPARE(bodyOf(due->first()).value("text").toString(), QString("better words"));
    }
    void aVoiceSummaryIsAnonymisedAndGoesInPlaceOfTheAudio()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp(StoreOnDevice | ShareAnonymised | RecordVoice));
        Response voice = fx.textAnswer("unused");
        voice.kind = AnswerKind::Audio;
        voice.text.clear();
        voice.media = "OggS-voice-bytes";
        voice.mediaType = "audio/ogg";
        voice.durationMs = 42000;
        QVERIFY(fx.store->responses().save(voice).ok());
        auto queue = fx.store->sharing().reviewQueue(fx.consultation.id);
        QCOMPARE(queue->size(), 1);
        const QString id = queue->first().shareId;
        QVERIFY(!queue->first().record.text.has_value());

        QVERIFY(fx.store->sharing()
                    .summariseVoice(id, "She misses her nan in Swansea, call 07700 900123")
                    .ok());
        queue = fx.store->sharing().reviewQueue(fx.consultation.id);
        QCOMPARE(queue->size(), 1); // still waiting for the practitioner's approval
        const QString summary = queue->first().record.text.value_or(QString());
        QVERIFY2(summary.contains("[phone]") && !summary.contains("07700"), qPrintable(summary));
        QCOMPARE(fx.store->outbox().due(10)->size(), 0);

        QVERIFY(fx.store->sharing().approve(id).ok());
        auto due = fx.store->outbox().due(10);
        QCOMPARE(due->size(), 1);
        const QJsonObject body = bodyOf(due->first());
        QCOMPARE(body.value("text").toString(), summary);
        QCOMPARE(body.value("voice").toObject().value("seconds").toInt(), 42);
        QVERIFY(!due->first().body.contains("OggS"));
        auto audit =
            fx.store->database().queryText("SELECT group_concat(action || detail) FROM audit_log");
        QVERIFY(audit->contains("share.voice-summarised"));
        QVERIFY(!audit->contains("nan") && !audit->contains("Swansea"));

        // Once the hub has it, the summary cannot change any more.
        QVERIFY(fx.store->outbox().acknowledge({id}).ok());
        QVERIFY(!fx.store->sharing().summariseVoice(id, "something else").ok());
    }

    void onlyVoiceNotesTakeASummary()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->responses().save(fx.textAnswer("my words")).ok());
        const QString id = fx.store->sharing().reviewQueue(fx.consultation.id)->first().shareId;
        auto refused = fx.store->sharing().summariseVoice(id, "a summary");
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains("voice note"));
    }

    void hideWordsHidesWholeWordsInAnyCase()
    {
        QCOMPARE(Sharing::hideWords("Al said alright to al, and Al.", {"al"}),
                 QString("[redacted] said alright to [redacted], and [redacted]."));
        QCOMPARE(Sharing::hideWords("the big red bus", {" big ", "", "red bus"}),
                 QString("the [redacted] [redacted]"));
        QCOMPARE(Sharing::hideWords("a (b) c", {"(b)"}), QString("a [redacted] c"));
    }
};

QTEST_GUILESS_MAIN(TestSharing)
#include "tst_sharing.moc"
