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
        QCOMPARE(all->size(), 1);
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
