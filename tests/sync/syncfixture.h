#pragma once

// Shared by the sync tests: a device store with answers queued for the hub, and a sleeper
// that moves the store's fake clock instead of waiting.

#include "support/storefixture.h"
#include "sync/client/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace chorus::test {

/** "Sleeps" by moving the fake clock; remembers every wait. */
class FakeSleeper final : public sync::Sleeper
{
public:
    explicit FakeSleeper(std::shared_ptr<FakeClock> clock) : m_clock(std::move(clock)) {}
    void sleep(std::chrono::milliseconds ms) override
    {
        waits << ms;
        m_clock->set(m_clock->now().addMSecs(ms.count() + 1));
    }
    QList<std::chrono::milliseconds> waits;

private:
    std::shared_ptr<FakeClock> m_clock;
};

/** A device store whose answers are queued for the hub without review. */
struct DeviceFixture : StoreFixture
{
    bool setUpQueued()
    {
        return setUp() && store->sharing().setReviewRequired(consultation.id, false).ok();
    }

    /** Saves `n` finished answers; each queues one share record. Returns their outbox ids. */
    QStringList answer(int n, const QString& words = QStringLiteral("I like my room"))
    {
        QStringList ids;
        const QList<Outbox::Item> before = items();
        for (int i = 0; i < n; ++i) {
            if (!store->responses().save(textAnswer(QStringLiteral("%1 %2").arg(words).arg(i)))) {
                return {};
            }
        }
        QSet<QString> had;
        for (const auto& item : before) {
            had.insert(item.itemId);
        }
        const QList<Outbox::Item> after = items();
        for (const auto& item : after) {
            if (!had.contains(item.itemId)) {
                ids << item.itemId;
            }
        }
        return ids;
    }

    /** Everything in the outbox (empty when it cannot be read: the test then fails on it). */
    QList<Outbox::Item> items()
    {
        auto all = store->outbox().all();
        return all ? all.value() : QList<Outbox::Item>();
    }

    Outbox::Counts counts() { return store->outbox().counts().value(); }

    /** The outbox item with this id, if it is still there. */
    std::optional<Outbox::Item> item(const QString& id)
    {
        const QList<Outbox::Item> all = items();
        for (const auto& i : all) {
            if (i.itemId == id) {
                return i;
            }
        }
        return std::nullopt;
    }
};

/** The ids in a batch body {"items": [{"id": ...}, ...]}. */
inline QStringList batchIds(const QByteArray& body)
{
    QStringList ids;
    for (const auto& v : QJsonDocument::fromJson(body).object().value("items").toArray()) {
        ids << v.toObject().value("id").toString();
    }
    return ids;
}

} // namespace chorus::test
