// The typed answers of the card sort (piles and ranking), the feelings timeline and the
// circles: their values are checked with errors that name the field, checked against the
// activity they answer, and turned into allow-listed share records that the hub accepts,
// with a child's made-up circle labels anonymised.
#include "core/domain/answervalues.h"
#include "core/store/typedimport.h"
#include "support/storefixture.h"

#ifdef CHORUS_HAVE_HUB_DECODER
#include "sync/hub/protocol/hubprotocol.h"
#endif

#include <QJsonDocument>
#include <QTest>

using namespace chorus;

namespace {

const QByteArray kPack = R"json({"format": "chorus-pack/1", "id": "creative", "version": 1,
  "defaultLanguage": "en", "title": "Creative", "activities": [
  {"id": "sort", "type": "card-sort", "prompt": "Sort", "sortMode": "piles",
   "options": [{"id": "friends", "label": "Friends"}, {"id": "school", "label": "School"},
               {"id": "home", "label": "Home"}],
   "piles": [{"id": "really", "label": "Really matters"}, {"id": "bit", "label": "A bit"},
             {"id": "not", "label": "Not much"}]},
  {"id": "rank", "type": "card-sort", "prompt": "Rank", "sortMode": "rank",
   "options": [{"id": "friends", "label": "Friends"}, {"id": "school", "label": "School"},
               {"id": "home", "label": "Home"}]},
  {"id": "days", "type": "feelings-timeline", "prompt": "Before, now, next"},
  {"id": "people", "type": "circles", "prompt": "Who is important?"}
]})json";

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

Response answer(const char* activityId, AnswerKind kind, const char* value)
{
    Response r;
    r.activityId = QString::fromLatin1(activityId);
    r.kind = kind;
    r.value = json(value);
    return r;
}

} // namespace

class TestStructuredAnswers : public QObject
{
    Q_OBJECT

private slots:
    void valuesAreCheckedWithTheFieldNamed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // empty: accepted
        const int ordering = int(AnswerKind::Ordering);
        const int structured = int(AnswerKind::Structured);
        QTest::newRow("order ok") << ordering << R"({"order": ["a", "b"]})"
                                  << "";
        QTest::newRow("order empty") << ordering << R"({"order": []})"
                                     << "value.order: an ordering needs at least one item";
        QTest::newRow("order twice") << ordering << R"({"order": ["a", "a"]})"
                                     << "value.order[1]: \"a\" is listed twice";
        QTest::newRow("order not an id") << ordering << R"({"order": ["A b"]})"
                                         << "value.order[0]: expected an id";
        QTest::newRow("order extra key") << ordering << R"({"order": ["a"], "x": 1})"
                                         << "value: expected exactly one of: order";
        QTest::newRow("piles ok") << structured << R"({"piles": {"p": ["a"], "q": []}})"
                                  << "";
        QTest::newRow("piles card twice") << structured << R"({"piles": {"p": ["a"], "q": ["a"]}})"
                                          << "value.piles.q[0]: \"a\" is in more than one pile";
        QTest::newRow("piles nothing placed") << structured << R"({"piles": {"p": []}})"
                                              << "value.piles: put at least one card in a pile";
        QTest::newRow("piles too many")
            << structured
            << R"({"piles": {"a": [], "b": [], "c": [], "d": [], "e": [], "f": ["x"]}})"
            << "value.piles: expected 1 to 5 piles";
        QTest::newRow("timeline ok") << structured << R"({"timeline": {"before": 2, "now": 4}})"
                                     << "";
        QTest::newRow("timeline bad moment")
            << structured << R"({"timeline": {"later": 2}})"
            << "value.timeline: \"later\" is not one of: before, now, next";
        QTest::newRow("timeline bad face")
            << structured << R"({"timeline": {"now": 6}})"
            << "value.timeline.now: a face is a whole number from 1 to 5";
        QTest::newRow("timeline half face")
            << structured << R"({"timeline": {"now": 2.5}})"
            << "value.timeline.now: a face is a whole number from 1 to 5";
        QTest::newRow("circles ok")
            << structured
            << R"({"circles": [{"role": "mum", "place": "ring-1"}, {"label": "Big Jo", "place": "outside"}]})"
            << "";
        QTest::newRow("circles unknown role")
            << structured << R"({"circles": [{"role": "king", "place": "ring-1"}]})"
            << "value.circles[0].role: expected one of: mum, dad, carer, foster-carer, "
               "grandparent, brother, sister, other-family, friend, teacher, social-worker, pet";
        QTest::newRow("circles bad place")
            << structured << R"({"circles": [{"role": "pet", "place": "ring-9"}]})"
            << "value.circles[0].place: expected one of: ring-1, ring-2, ring-3, outside";
        QTest::newRow("circles role and label")
            << structured << R"({"circles": [{"role": "pet", "label": "Rex", "place": "ring-1"}]})"
            << "value.circles[0]: expected {\"role\" or \"label\", \"place\"}";
        QTest::newRow("circles blank label")
            << structured << R"({"circles": [{"label": "  ", "place": "ring-2"}]})"
            << "value.circles[0].label: an empty label";
        QTest::newRow("circles long label")
            << structured
            << R"({"circles": [{"label": "abcdefghijklmnopqrstuvwxyzabcdefghijklmno", "place": "ring-2"}]})"
            << "value.circles[0].label: a label is at most 40 characters";
        QTest::newRow("circles empty") << structured << R"({"circles": []})"
                                       << "value.circles: expected 1 to 20 people";
        QTest::newRow("parts ok") << structured << R"({"parts": {"worries": ["dark"]}})"
                                  << "";
        QTest::newRow("unknown shape")
            << structured << R"({"houses": {}})"
            << "value: expected exactly one of: piles, timeline, circles, parts";
        QTest::newRow("two shapes")
            << structured << R"({"piles": {"p": ["a"]}, "timeline": {"now": 1}})"
            << "value: expected exactly one of: piles, timeline, circles, parts";
    }

    void valuesAreCheckedWithTheFieldNamed()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, error);
        Response r;
        r.activityId = "any";
        r.kind = AnswerKind(kind);
        r.value = QJsonDocument::fromJson(value.toUtf8()).object();
        const Status st = validateResponse(r);
        if (error.isEmpty()) {
            QVERIFY2(st.ok(), qPrintable(st.error().message));
        } else {
            QVERIFY(!st.ok());
            QCOMPARE(st.error().message, error);
        }
    }

    void answersMustFitTheirActivity()
    {
        auto pack = ActivityPack::fromJson(kPack);
        QVERIFY2(pack.ok(), qPrintable(pack.error().message));
        const PackActivity& sort = *pack->activity("sort");
        const PackActivity& rank = *pack->activity("rank");
        const auto message = [](const PackActivity& a, const Response& r) {
            const Status st = answers::validateAnswerFor(a, r);
            return st.ok() ? QString() : st.error().message;
        };
        QCOMPARE(message(sort, answer("sort", AnswerKind::Structured,
                                      R"({"piles": {"really": ["friends", "home"]}})")),
                 QString());
        QCOMPARE(message(sort, answer("sort", AnswerKind::Structured,
                                      R"({"piles": {"maybe": ["friends"]}})")),
                 QString("value.piles: \"maybe\" is not a pile of this card sort"));
        QCOMPARE(message(sort,
                         answer("sort", AnswerKind::Structured, R"({"piles": {"bit": ["pets"]}})")),
                 QString("value.piles.bit[0]: \"pets\" is not a card of this card sort"));
        QCOMPARE(message(sort, answer("sort", AnswerKind::Ordering, R"({"order": ["home"]})")),
                 QString("kind: a card sort into piles is answered with \"structured\", not "
                         "\"ordering\""));
        QCOMPARE(message(rank, answer("rank", AnswerKind::Ordering,
                                      R"({"order": ["home", "friends", "school"]})")),
                 QString());
        QCOMPARE(message(rank, answer("rank", AnswerKind::Ordering, R"({"order": ["cake"]})")),
                 QString("value.order[0]: \"cake\" is not a card of this card sort"));
        QCOMPARE(message(*pack->activity("days"),
                         answer("days", AnswerKind::Structured,
                                R"({"circles": [{"role": "mum", "place": "ring-1"}]})")),
                 QString("value: a feelings timeline is answered with \"timeline\""));
        QCOMPARE(
            message(*pack->activity("people"),
                    answer("people", AnswerKind::Scale, R"({"value": 3})")),
            QString("kind: a circles activity is answered with \"structured\", not \"scale\""));
    }

    void eachAnswerBecomesTheRightShareRecord()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->consultations().importPack(kPack).ok());
        auto c = fx.store->consultations().create(
            {{}, "Creative", "What matters to you", 30, "creative", 1, {}, {}});
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        fx.consultation = c.value();
        auto p = fx.addParticipant("Otter");
        QVERIFY(p);
        QVERIFY(fx.giveConsent(p->id, StoreOnDevice | ShareAnonymised));
        auto s = fx.store->consultations().startSession(c->id, SessionMode::Facilitated, {p->id});
        QVERIFY(s.ok());
        QVERIFY(fx.store->sharing().setReviewRequired(c->id, false).ok());
        // A child may type a real name as a made-up label: it must not leave the device.
        QVERIFY(fx.store->sharing().addNamesToHide(c->id, {{"Jake", PiiKind::Name}}).ok());

        const QList<Response> given{
            answer("sort", AnswerKind::Structured,
                   R"({"piles": {"really": ["home", "friends"], "not": ["school"]}})"),
            answer("rank", AnswerKind::Ordering, R"({"order": ["school", "home", "friends"]})"),
            answer("days", AnswerKind::Structured,
                   R"({"timeline": {"before": 1, "now": 3, "next": 5}})"),
            answer("people", AnswerKind::Structured,
                   R"({"circles": [{"role": "mum", "place": "ring-1"},
                                   {"label": "Uncle Jake", "place": "ring-1"},
                                   {"role": "social-worker", "place": "ring-3"},
                                   {"label": "Auntie Jo", "place": "ring-2"},
                                   {"role": "pet", "place": "outside"}]})")};
        for (Response r : given) {
            r.sessionId = s->id;
            r.participantId = p->id;
            auto saved = fx.store->responses().save(r);
            QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        }
        auto due = fx.store->outbox().due(10);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 4);
        QHash<QString, QJsonObject> byActivity;
        for (const auto& item : due.value()) {
            const QJsonObject body = QJsonDocument::fromJson(item.body).object();
            QVERIFY2(ShareRecord::fromJson(body).ok(), item.body.constData());
            QVERIFY2(!item.body.contains("Jake"), item.body.constData());
#ifdef CHORUS_HAVE_HUB_DECODER
            auto decoded = hub::decodeFeedbackItem(body, QStringLiteral("items[0]"), hub::Limits{});
            if (!decoded.ok()) { // the message exists only on failure
                QFAIL(qPrintable(decoded.error().message));
            }
#endif
            byActivity.insert(body.value("activityId").toString(), body);
        }
        const QJsonObject sort = byActivity.value("sort");
        QCOMPARE(sort.value("kind").toString(), QString("structured"));
        QCOMPARE(sort.value("piles").toObject(),
                 json(R"({"really": ["home", "friends"], "not": ["school"]})"));
        QVERIFY(!sort.contains("structured") && !sort.contains("order"));

        const QJsonObject rank = byActivity.value("rank");
        QCOMPARE(rank.value("kind").toString(), QString("ordering"));
        QCOMPARE(rank.value("order").toArray(), (QJsonArray{"school", "home", "friends"}));

        QCOMPARE(byActivity.value("days").value("structured").toObject(),
                 json(R"({"before": ["very-sad"], "now": ["okay"], "next": ["very-happy"]})"));

        const QJsonObject circles = byActivity.value("people").value("structured").toObject();
        QCOMPARE(circles.keys(), (QStringList{"outside", "ring-1", "ring-2", "ring-3"}));
        // Without being told, the anonymiser still finds a first name in a made-up label.
        QCOMPARE(circles.value("ring-2").toArray(), QJsonArray{"Auntie [name]"});
        const QJsonArray closest = circles.value("ring-1").toArray();
        QCOMPARE(closest.size(), 2);
        QCOMPARE(closest.at(0).toString(), QString("mum"));
        QVERIFY2(closest.at(1).toString().startsWith("Uncle [") &&
                     !closest.at(1).toString().contains("Jake"),
                 qPrintable(closest.at(1).toString()));
        QCOMPARE(circles.value("ring-3").toArray(), QJsonArray{"social-worker"});
        QCOMPARE(circles.value("outside").toArray(), QJsonArray{"pet"});
    }

    void paperAnswersMustFitTheirActivityToo()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->consultations().importPack(kPack).ok());
        auto c = fx.store->consultations().create(
            {{}, "Creative", "What matters to you", 30, "creative", 1, {}, {}});
        QVERIFY(c.ok());
        // A typed-up paper session ("chorus-import/1") with the given answers.
        const auto document = [&](const QJsonArray& responses) {
            const QJsonObject consent{{"givenBy", "child"},
                                      {"assessor", "sw-2"},
                                      {"assessmentBasis", "on paper"},
                                      {"explanationVersion", "paper-1"},
                                      {"explanationLanguage", "en"},
                                      {"scopes", QJsonArray{"store"}}};
            const QJsonObject participant{{"codeName", "Fox"},
                                          {"ageBand", "12-15"},
                                          {"role", "young-person"},
                                          {"consent", consent},
                                          {"responses", responses}};
            return QJsonDocument(QJsonObject{{"format", "chorus-import/1"},
                                             {"consultation", c->id},
                                             {"participants", QJsonArray{participant}}})
                .toJson();
        };
        const QJsonObject badRank{{"activityId", "rank"},
                                  {"kind", "ordering"},
                                  {"value", json("{\"order\": [\"home\", \"cake\"]}")}};
        auto wrong = importTypedSession(*fx.store, document({badRank}));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message,
                 QString("$.participants[0].responses[0]: value.order[1]: \"cake\" is not a card "
                         "of this card sort"));
        const QJsonObject rank{{"activityId", "rank"},
                               {"kind", "ordering"},
                               {"value", json("{\"order\": [\"home\", \"school\"]}")}};
        const QJsonObject people{
            {"activityId", "people"},
            {"kind", "structured"},
            {"value", json("{\"circles\": [{\"label\": \"Big Sis\", \"place\": \"ring-1\"}]}")}};
        auto right = importTypedSession(*fx.store, document({rank, people}));
        QVERIFY2(right.ok(), qPrintable(right.error().message));
        QCOMPARE(right->responses, 2);
    }
};

QTEST_GUILESS_MAIN(TestStructuredAnswers)
#include "tst_structuredanswers.moc"
