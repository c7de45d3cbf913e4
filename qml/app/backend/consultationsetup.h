#pragma once

#include "core/domain/activitypack.h"
#include "packactivitymodel.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <optional>

class AppController;
class Preferences;

/**
 * Setting up a consultation: load the built-in example pack or import a pack file (a
 * malformed pack is refused with the validator's message), choose and order activities,
 * then save the consultation in the store.
 */
class ConsultationSetup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool packLoaded READ packLoaded NOTIFY packChanged)
    Q_PROPERTY(QString packTitle READ packTitle NOTIFY packChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(PackActivityModel* activities READ activities CONSTANT)

public:
    /** Pack files larger than this are refused before parsing. */
    static constexpr qint64 kMaxPackBytes = 1024 * 1024;
    static constexpr int kMinRetentionDays = 1;
    static constexpr int kMaxRetentionDays = 3 * 365;

    ConsultationSetup(AppController* app, Preferences* preferences, QObject* parent = nullptr);
    ~ConsultationSetup() override;

    static ConsultationSetup* create(QQmlEngine* engine, QJSEngine* js);
    static void setInstance(ConsultationSetup* instance);

    [[nodiscard]] bool packLoaded() const { return m_pack.has_value(); }
    [[nodiscard]] QString packTitle() const;
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] PackActivityModel* activities() const { return m_activities; }

    Q_INVOKABLE void loadBuiltInPack();
    Q_INVOKABLE void importPackFile(const QUrl& file);
    /** Loads pack JSON given directly (tests, later: packs synced from the hub). */
    Q_INVOKABLE bool loadPackJson(const QByteArray& json);
    /** Saves the consultation; returns its id, or an empty string with errorMessage set. */
    Q_INVOKABLE QString createConsultation(const QString& title, const QString& purpose,
                                           int retentionDays);
    Q_INVOKABLE void reset();

    /** Changes a consultation made on this device (issue 14); false with errorMessage set. */
    Q_INVOKABLE bool updateConsultation(const QString& id, const QString& title,
                                        const QString& purpose, int retentionDays);
    /** Deletes a consultation made on this device once nobody takes part in it. */
    Q_INVOKABLE bool deleteConsultation(const QString& id);
    /** The people taking part: a list of {participantId, codeName, keptUntil} (keptUntil: the
     *  date retention erases them, in the app's language). */
    Q_INVOKABLE QVariantList participants(const QString& consultationId) const;
    /** What retention will remove from this consultation within `days`, soonest first: a
     *  list of sentences that each start with the date (CP-3). */
    Q_INVOKABLE QStringList retentionDue(const QString& consultationId, int days) const;
    /** Withdrawals' erasures on the hub: {waiting, confirmed} (the hub's confirmations). */
    Q_INVOKABLE QVariantMap erasureStatus() const;
    /** Withdraws a participant, as `chorusctl withdraw` does: their answers, media and
     *  consent go from this device, and erasures of what was sent wait for the next sync. */
    Q_INVOKABLE bool withdraw(const QString& participantId);

signals:
    void packChanged();
    void errorMessageChanged();
    /** Someone withdrew, or a consultation changed: lists showing them read again. */
    void participantsChanged();

private:
    void setError(const QString& message);

    AppController* m_app = nullptr;
    Preferences* m_preferences = nullptr;
    PackActivityModel* m_activities = nullptr;
    std::optional<chorus::ActivityPack> m_pack;
    QByteArray m_packJson;
    QString m_error;
};
