// The persistent outbox: append / due / acknowledge / retry / fail, across a restart.
#include "support/storefixture.h"

#include <QTest>

using namespace chorus;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void itemsSurviveARestartUntilAcknowledged()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->outbox().append("id-1", Outbox::Kind::Feedback, R"({"n":1})").ok());
        QVERIFY(fx.store->outbox().append("id-2", Outbox::Kind::Feedback, R"({"n":2})").ok());
        fx.store.reset();

        auto store = Store::unlock(fx.dataDir(), "correct horse battery", fx.options());
        QVERIFY(store.ok());
        auto& outbox = store.value()->outbox();
        auto due = outbox.due(10);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).itemId, QString("id-1")); // oldest first
        QCOMPARE(due->at(1).body, QByteArray(R"({"n":2})"));

        QVERIFY(outbox.acknowledge({"id-1"}).ok());
        QCOMPARE(outbox.due(10)->size(), 1);
        QCOMPARE(store.value()
                     ->database()
                     .queryText("SELECT count(*) FROM sent_feedback WHERE id = 'id-1'")
                     .value(),
                 QString("1"));
        QVERIFY(outbox.acknowledge({"id-1"}).ok()); // a repeated acknowledgement changes nothing
        QCOMPARE(outbox.counts()->queued, 1);
    }

    void retryWaitsUntilItsTime()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto& outbox = fx.store->outbox();
        QVERIFY(outbox.append("id-1", Outbox::Kind::Feedback, "{}").ok());
        QVERIFY(outbox.retryLater({"id-1"}, "The hub did not answer", fx.clock->now().addSecs(60))
                    .ok());
        QCOMPARE(outbox.due(10)->size(), 0);
        fx.clock->set(fx.clock->now().addSecs(61));
        auto due = outbox.due(10);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().attempts, 1);
        QCOMPARE(due->first().lastError, QString("The hub did not answer"));
    }

    void failedItemsStayVisibleButAreNotRetried()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        auto& outbox = fx.store->outbox();
        QVERIFY(outbox.append("id-1", Outbox::Kind::Feedback, "{}").ok());
        QVERIFY(outbox.markFailed("id-1", "text: longer than 4000 characters").ok());
        QCOMPARE(outbox.due(10)->size(), 0);
        auto counts = outbox.counts();
        QCOMPARE(counts->failed, 1);
        QCOMPARE(outbox.all()->first().lastError, QString("text: longer than 4000 characters"));
        QVERIFY(outbox.requeue("id-1").ok());
        QCOMPARE(outbox.due(10)->size(), 1);
    }

    void duplicateIdsAreRefused()
    {
        test::StoreFixture fx;
        QVERIFY(fx.setUp());
        QVERIFY(fx.store->outbox().append("id-1", Outbox::Kind::Feedback, "{}").ok());
        QVERIFY(!fx.store->outbox().append("id-1", Outbox::Kind::Feedback, "{}").ok());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
