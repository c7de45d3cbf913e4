#pragma once

#include "sync/client/backoff.h"
#include "sync/client/syncengine.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

class AppController;

/**
 * Sync with the hub as the practitioner sees it: enrolment, "Sync now", and in plain words
 * what waits, what was sent, what failed and why, and when sync last succeeded. Syncs by
 * itself when the network comes back (QNetworkInformation) and retries with backoff.
 */
class SyncController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int inReview READ inReview NOTIFY changed)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY changed)
    Q_PROPERTY(QVariantList failures READ failures NOTIFY changed)
    Q_PROPERTY(int withdrawalsConfirmed READ withdrawalsConfirmed NOTIFY changed)
    Q_PROPERTY(int updatesReceived READ updatesReceived NOTIFY changed)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString lastReport READ lastReport NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit SyncController(AppController* app, QObject* parent = nullptr);
    ~SyncController() override;

    static SyncController* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(SyncController* instance);

    [[nodiscard]] bool enrolled() const { return m_enrolment.has_value(); }
    [[nodiscard]] QString hubUrl() const { return m_enrolment ? m_enrolment->hubUrl : QString(); }
    [[nodiscard]] QString role() const { return m_enrolment ? m_enrolment->role : QString(); }
    [[nodiscard]] int waiting() const { return m_counts.queued; }
    [[nodiscard]] int inReview() const { return m_counts.review; }
    [[nodiscard]] int failedCount() const { return m_counts.failed; }
    [[nodiscard]] QVariantList failures() const { return m_failures; }
    [[nodiscard]] int withdrawalsConfirmed() const { return m_confirmed; }
    [[nodiscard]] int updatesReceived() const { return m_updates; }
    [[nodiscard]] QDateTime lastSync() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString lastReport() const { return m_lastReport; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /** caFile: optional path of a private CA's certificate (PEM) for the first contact. */
    Q_INVOKABLE void enrol(const QString& hubUrl, const QString& code, const QString& caFile);
    Q_INVOKABLE void syncNow();
    /** Puts every failed item back in the queue (after the cause was dealt with). */
    Q_INVOKABLE void retryFailed();
    Q_INVOKABLE void refresh();

signals:
    void changed();
    void busyChanged();
    void errorMessageChanged();

private:
    void onReachability();
    void scheduleRetry(const chorus::sync::SyncReport& report);
    void setBusy(bool busy);
    void setError(const QString& message);
    void forget();
    void watchNetwork();
    [[nodiscard]] bool canRunNow() const;

    AppController* m_app;
    std::optional<chorus::sync::Enrolment> m_enrolment;
    chorus::Outbox::Counts m_counts;
    QVariantList m_failures;
    int m_confirmed = 0;
    int m_updates = 0;
    QString m_lastReport;
    bool m_busy = false;
    QString m_errorMessage;
    QTimer m_retry;
    int m_consecutiveFailures = 0;
    bool m_watchingNetwork = false;
    chorus::sync::Backoff m_backoff{
        chorus::sync::BackoffPolicy{std::chrono::seconds(30), std::chrono::minutes(15)}};
};
