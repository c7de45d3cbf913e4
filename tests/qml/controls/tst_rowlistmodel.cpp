// chorus::RowListModel, the base of the pages' list models: the role table, the index checks,
// Qt::DisplayRole read as a named role, one reset per replacement with `count` notified only
// when the number of rows changes, and the change signals for one row or all of them. Run
// under QAbstractItemModelTester throughout.

#include "qml/controls/rowlistmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

/** A model with the least a real one has: rows of two fields, a role for each. */
class FruitModel : public chorus::RowListModel
{
    Q_OBJECT
    // A model's own property notified by the base's signal (FeedbackModel's `complete`).
    Q_PROPERTY(bool empty READ empty NOTIFY countChanged)

public:
    enum Roles { NameRole = Qt::UserRole + 1, CountRole };

    struct Fruit
    {
        QString name;
        int count = 0;
    };

    explicit FruitModel(QObject* parent = nullptr)
        : RowListModel({{NameRole, "name"}, {CountRole, "fruitCount"}}, NameRole, parent)
    {}

    [[nodiscard]] bool empty() const { return m_fruits.isEmpty(); }
    void setFruits(QList<Fruit> fruits) { replaceRows(m_fruits, std::move(fruits)); }
    void setCount(int row, int count)
    {
        m_fruits[row].count = count;
        rowChanged(row, {CountRole});
    }
    void shout()
    {
        for (Fruit& f : m_fruits) {
            f.name = f.name.toUpper();
        }
        everyRowChanged({NameRole});
    }

private:
    [[nodiscard]] int rows() const override { return static_cast<int>(m_fruits.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override
    {
        const Fruit& f = m_fruits.at(row);
        switch (role) {
        case NameRole:
            return f.name;
        case CountRole:
            return f.count;
        default:
            return {};
        }
    }

    QList<Fruit> m_fruits;
};

QList<FruitModel::Fruit> someFruit()
{
    return {{QStringLiteral("apple"), 3}, {QStringLiteral("pear"), 1}};
}

} // namespace

class TestRowListModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAreTheTable()
    {
        FruitModel model;
        const QHash<int, QByteArray> expected{{FruitModel::NameRole, "name"},
                                              {FruitModel::CountRole, "fruitCount"}};
        QCOMPARE(model.roleNames(), expected);
    }

    void dataReadsEachRoleAndDisplayAsTheNamedRole()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFruits(someFruit());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(FruitModel::NameRole).toString(), QStringLiteral("pear"));
        QCOMPARE(model.index(0).data(FruitModel::CountRole).toInt(), 3);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("apple"));
        // A role the model does not have, and indexes that are not its rows, read nothing.
        QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("is not valid"));
        QVERIFY(!model.data(QModelIndex(), FruitModel::NameRole).isValid());
        QVERIFY(!model.index(2).isValid());
        QCOMPARE(model.rowCount(model.index(0)), 0);
    }

    void countIsNotifiedOnlyWhenTheNumberChanges()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &chorus::RowListModel::countChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.property("count").toInt(), 0);

        model.setFruits(someFruit());
        QCOMPARE(model.property("count").toInt(), 2);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(resets.size(), 1);

        // The same number of other rows: the views reset, `count` stays as it was.
        model.setFruits({{QStringLiteral("plum"), 2}, {QStringLiteral("fig"), 5}});
        QCOMPARE(counts.size(), 1);
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.index(0).data(FruitModel::NameRole).toString(), QStringLiteral("plum"));

        model.setFruits({});
        QCOMPARE(model.property("count").toInt(), 0);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(resets.size(), 3);
    }

    void countPropertyIsNotifiedByCountChanged()
    {
        // QML binds to `count` through its NOTIFY signal: a subclass must keep the pairing.
        FruitModel model;
        const QMetaObject* meta = model.metaObject();
        const QMetaProperty count = meta->property(meta->indexOfProperty("count"));
        QVERIFY(count.isValid());
        QVERIFY(count.hasNotifySignal());
        QCOMPARE(count.notifySignal().name(), QByteArray("countChanged"));
        // A subclass's property can be notified by the base's signal too.
        const QMetaProperty empty = meta->property(meta->indexOfProperty("empty"));
        QVERIFY(empty.hasNotifySignal());
        QCOMPARE(empty.notifySignal().name(), QByteArray("countChanged"));
        QCOMPARE(empty.notifySignalIndex(), count.notifySignalIndex());
    }

    void oneRowChanges()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFruits(someFruit());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCount(1, 7);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1));
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{FruitModel::CountRole});
        QCOMPARE(model.index(1).data(FruitModel::CountRole).toInt(), 7);
    }

    void everyRowChanges()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.shout(); // no rows: nothing to tell
        QCOMPARE(changed.size(), 0);

        model.setFruits(someFruit());
        model.shout();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1));
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{FruitModel::NameRole});
        QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), QStringLiteral("PEAR"));
    }
};

QTEST_GUILESS_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"
