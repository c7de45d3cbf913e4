#pragma once

// `Team` in `import Chorus.Team`: the team's sign-in to the hub's review API (issue 8) and
// the consultations they can see. The session token lives only in the ReviewClient's
// memory; closing the Team screen or an expired session forgets it.

#include "packwords.h"
#include "qml/controls/rowlistmodel.h"
#include "qml/team/reviewclient.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace chorus::team {

/** The consultations the hub serves (GET /v1/review/consultations). */
class ConsultationsModel : public chorus::RowListModel
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, RecordsTextRole, ActiveRole, PacksTextRole };
    explicit ConsultationsModel(QObject* parent = nullptr);

    void reset(const QJsonObject& answer);
    [[nodiscard]] QStringList ids() const;

private:
    struct Row
    {
        QString id;
        QString name; ///< the title the hub has for it, or else its id
        QString recordsText;
        bool active = false;
        QString packsText;
    };

    [[nodiscard]] int rows() const override { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] QVariant value(int row, int role) const override;

    QList<Row> m_rows;
};

class TeamController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Team)
    QML_SINGLETON
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString role READ role NOTIFY signedInChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl WRITE setHubUrl NOTIFY hubUrlChanged)
    Q_PROPERTY(QString caFile READ caFile WRITE setCaFile NOTIFY hubUrlChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString noticeMessage READ noticeMessage NOTIFY noticeMessageChanged)
    Q_PROPERTY(chorus::team::ConsultationsModel* consultations READ consultations CONSTANT)
    Q_PROPERTY(QString currentConsultation READ currentConsultation WRITE setCurrentConsultation
                   NOTIFY currentConsultationChanged)
    // A plain JS object for QML (byRole, byAgeBand, byWeek: {total, rows}; activities).
    Q_PROPERTY(QVariant overview READ overviewValue NOTIFY overviewChanged)
    Q_PROPERTY(int smallNumberThreshold READ smallNumberThreshold NOTIFY overviewChanged)
    // The team's devices for an admin (GET /v1/review/devices): a list of plain JS objects
    // {deviceId, name, consultationId, roleText, lastUsedText, statusText, status, canRevoke}.
    Q_PROPERTY(QVariantList devices READ devices NOTIFY devicesChanged)

public:
    explicit TeamController(QObject* parent = nullptr);
    ~TeamController() override;

    [[nodiscard]] chorus::sync::ReviewClient* client() { return &m_client; }

    [[nodiscard]] bool signedIn() const { return m_client.hasSession(); }
    [[nodiscard]] QString role() const { return m_role; }
    [[nodiscard]] QString hubUrl() const { return m_hubUrl; }
    void setHubUrl(const QString& url);
    [[nodiscard]] QString caFile() const { return m_caFile; }
    void setCaFile(const QString& path);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString noticeMessage() const { return m_noticeMessage; }
    [[nodiscard]] ConsultationsModel* consultations() { return &m_consultations; }
    [[nodiscard]] QString currentConsultation() const { return m_currentConsultation; }
    void setCurrentConsultation(const QString& id);
    [[nodiscard]] QVariantMap overview() const { return m_overview; }
    [[nodiscard]] QVariant overviewValue() const { return m_overview; }
    [[nodiscard]] int smallNumberThreshold() const { return m_threshold; }
    [[nodiscard]] QVariantList devices() const { return m_devices; }
    /** The current consultation's pack words (empty until its overview arrived). */
    [[nodiscard]] const PackWords& words() const { return m_words; }

    /** Later sign-ins: name and passphrase. */
    Q_INVOKABLE void signIn(const QString& name, const QString& passphrase);
    /** The first sign-in: the one-time secret from `chorus-hub add-reviewer` and a new
     *  passphrase, typed twice. */
    Q_INVOKABLE void firstSignIn(const QString& name, const QString& secret,
                                 const QString& passphrase, const QString& confirmation);
    /** Ends the session on the hub (best effort) and forgets it here at once. */
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void refreshConsultations();
    /** Reads the devices enrolled with the hub (admins only). */
    Q_INVOKABLE void refreshDevices();
    /** Revokes a device's token on the hub (a lost or stolen tablet), then reads the list
     *  again; the device then can no longer sync. */
    Q_INVOKABLE void revokeDevice(const QString& deviceId);
    Q_INVOKABLE void clearMessages();
    /** A kind of answer in words ("Feelings scale"), for filters and lists. */
    Q_INVOKABLE QString kindName(const QString& kind) const;
    /** A part of an activity (a house, a moment, a circle) in words, or the id itself. */
    Q_INVOKABLE QString partName(const QString& partId) const;

    /** An error code in words (ReviewErrors, the one table): for the pages' TeamWords. */
    Q_INVOKABLE QString errorWords(const QString& code, const QString& field) const;

    /** A plain sentence for a hub or network failure (never the hub's English). */
    [[nodiscard]] static QString describe(const chorus::sync::ReviewReply& reply);
    /** The one wording of every hidden count or field in the Team screens (issue 18). */
    [[nodiscard]] static QString hiddenWords();
    /** "hidden to protect small groups" for a hidden cell, else its count. */
    [[nodiscard]] static QString cellText(const QJsonObject& cell);
    /** A record's role or age band value in words ("hidden" when the hub withheld it). */
    [[nodiscard]] static QString roleName(const QString& role);
    /** An age band ("under-5", "8-11") in words: "Under 5", "8 to 11 years". */
    [[nodiscard]] static QString ageBandName(const QString& band);

signals:
    void signedInChanged();
    void hubUrlChanged();
    void busyChanged();
    void errorMessageChanged();
    void noticeMessageChanged();
    void currentConsultationChanged();
    void overviewChanged();
    void devicesChanged();

private:
    void requestSession(const QJsonObject& body);
    void loadOverview();
    void setBusy(bool busy);
    void setError(const QString& message);
    void setNotice(const QString& message);
    void forgetSession();
    [[nodiscard]] bool applyHub();

    chorus::sync::ReviewClient m_client;
    ConsultationsModel m_consultations;
    QString m_hubUrl;
    QString m_caFile;
    QString m_role;
    bool m_busy = false;
    QString m_errorMessage;
    QString m_noticeMessage;
    QString m_currentConsultation;
    QVariantMap m_overview;
    PackWords m_words;
    int m_threshold = 8;
    QVariantList m_devices;
    int m_generation = 0; ///< answers for an older session or consultation are dropped
};

} // namespace chorus::team
