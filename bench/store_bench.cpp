// store_bench: the encrypted store against the same code on a plaintext database, and
// against raw sqlite3 calls doing the same work, in one run. Prints the ratios the
// foundation issue sets targets for, and the Argon2id unlock time.
#include "core/crypto/keyvault.h"
#include "core/db/migrations.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>

using namespace chorus;

namespace {

constexpr int kSessions = 5000;
constexpr int kAnswersPerSession = 20;
constexpr int kParticipants = 50;

const QStringList kPhrases{
    "I like it when we have tea together and nobody shouts",
    "My room is my safe place but sometimes it is too noisy at night",
    "I want to see my dad more, maybe at weekends",
    "School is ok, I have two good friends and a kind teacher",
    "When mum is sad I make her a drink and we watch telly",
    "I wish the social worker would stop changing so I could get to know one",
    "Football on Saturdays makes me happy",
    "I don't like it when I have to move bedrooms",
};

QString answerText(int i)
{
    return kPhrases.at(i % kPhrases.size()) + QStringLiteral(" (%1)").arg(i);
}

struct Fixture
{
    QString consultationId;
    QStringList participants;
    QStringList sessions;
};

/** Participants with consent and the sessions the timed writes go into (not timed). */
Fixture prepare(Store& store)
{
    Fixture fx;
    const QByteArray pack =
        R"json({"format": "chorus-pack/1", "id": "bench", "version": 1, "defaultLanguage": "en",
        "title": "Bench", "activities": [{"id": "say", "type": "free-text", "prompt": "Tell us"}]})json";
    (void)store.consultations().importPack(pack);
    auto c = store.consultations().create(
        {{}, "Bench", "Benchmark consultation", 365, "bench", 1, {}, {}});
    fx.consultationId = c->id;
    for (int p = 0; p < kParticipants; ++p) {
        auto part = store.consultations().addParticipant({{},
                                                          fx.consultationId,
                                                          QStringLiteral("Code%1").arg(p),
                                                          AgeBand::From12To15,
                                                          Role::YoungPerson,
                                                          {},
                                                          {}});
        ConsentRecord consent;
        consent.participantId = part->id;
        consent.assessor = "bench";
        consent.assessmentBasis = "benchmark";
        consent.explanationVersion = "1";
        consent.explanationLanguage = "en";
        consent.method = "bench";
        consent.scopes = StoreOnDevice | ShareAnonymised;
        (void)store.consent().give(consent);
        fx.participants << part->id;
    }
    Transaction tx(store.database());
    for (int s = 0; s < kSessions; ++s) {
        fx.sessions << store.consultations()
                           .startSession(fx.consultationId, SessionMode::Facilitated,
                                         {fx.participants.at(s % kParticipants)})
                           ->id;
    }
    (void)tx.commit();
    return fx;
}

/** Writes every answer through the store API; returns seconds and the ids written. */
double writeThroughStore(Store& store, const Fixture& fx, QStringList& ids)
{
    QElapsedTimer t;
    t.start();
    int n = 0;
    for (int s = 0; s < kSessions; ++s) {
        Transaction tx(store.database());
        for (int a = 0; a < kAnswersPerSession; ++a, ++n) {
            Response r;
            r.sessionId = fx.sessions.at(s);
            r.participantId = fx.participants.at(s % kParticipants);
            r.activityId = "say";
            r.kind = AnswerKind::Text;
            r.text = answerText(n);
            auto saved = store.responses().save(r);
            if (!saved) {
                std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
                std::exit(1);
            }
            ids << saved->id;
        }
        if (!tx.commit()) {
            std::exit(1);
        }
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double readThroughStore(Store& store, QStringList ids)
{
    std::shuffle(ids.begin(), ids.end(), *QRandomGenerator::global());
    QElapsedTimer t;
    t.start();
    qsizetype bytes = 0;
    for (const auto& id : ids) {
        bytes += store.responses().get(id)->text.size();
    }
    const double secs = static_cast<double>(t.nsecsElapsed()) / 1e9;
    return bytes > 0 ? secs : -1;
}

/** The same statements the store runs for one answer, hand-written against sqlite3 with
 *  statements prepared once: the floor the store API is measured against. */
class RawWriter
{
public:
    explicit RawWriter(sqlite3* db) : m_db(db)
    {
        const char* sql[] = {
            "SELECT id, scopes, event FROM consent_events WHERE participant_id = ? ORDER BY id "
            "DESC LIMIT 1",
            "SELECT c.retention_days, c.activities FROM sessions s JOIN session_participants sp ON "
            "sp.session_id = "
            "s.id AND sp.participant_id = ?2 JOIN consultations c ON c.id = s.consultation_id "
            "WHERE s.id = ?1",
            "INSERT INTO responses (id, session_id, participant_id, consent_id, activity_id, "
            "prompt_id, kind, "
            "text_value, value_json, draft, created_at, updated_at, retain_until) VALUES "
            "(?,?,?,?,?,'','text',?,NULL,0,?,?,?)",
            "DELETE FROM media WHERE response_id = ?",
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            "INSERT INTO audit_log (seq, at, action, subject, detail, prev_hash, hash) VALUES "
            "(?,?,?,?,?,?,?)",
            "SELECT text_value FROM responses WHERE id = ?",
        };
        for (int i = 0; i < 7; ++i) {
            sqlite3_prepare_v2(m_db, sql[i], -1, &m_stmt[i], nullptr);
        }
    }
    ~RawWriter()
    {
        for (auto* s : m_stmt) {
            sqlite3_finalize(s);
        }
    }

    void write(const QString& session, const QString& participant, const QString& text,
               const QString& id)
    {
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        const QByteArray sessionU = session.toUtf8(), participantU = participant.toUtf8(),
                         idU = id.toUtf8();
        const QByteArray textU = text.toUtf8();
        step(0, {participantU});
        const qint64 consentId = sqlite3_column_int64(m_stmt[0], 0);
        sqlite3_reset(m_stmt[0]);
        step(1, {sessionU, participantU});
        sqlite3_reset(m_stmt[1]);
        sqlite3_bind_text(m_stmt[2], 1, idU.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_stmt[2], 2, sessionU.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_stmt[2], 3, participantU.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_stmt[2], 4, consentId);
        sqlite3_bind_text(m_stmt[2], 5, "say", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_stmt[2], 6, textU.constData(), -1, SQLITE_TRANSIENT);
        for (int c = 7; c <= 9; ++c) {
            sqlite3_bind_text(m_stmt[2], c, now.constData(), -1, SQLITE_TRANSIENT);
        }
        sqlite3_step(m_stmt[2]);
        sqlite3_reset(m_stmt[2]);
        step(3, {idU});
        sqlite3_reset(m_stmt[3]);
        step(4, {});
        const qint64 seq = sqlite3_column_int64(m_stmt[4], 0) + 1;
        QByteArray prev(static_cast<const char*>(sqlite3_column_blob(m_stmt[4], 1)),
                        sqlite3_column_bytes(m_stmt[4], 1));
        sqlite3_reset(m_stmt[4]);
        QByteArray input =
            prev + QByteArray::number(seq) + '\n' + now + "response.saved" + idU + "text";
        unsigned char hash[32];
        crypto_generichash(hash, 32, reinterpret_cast<const unsigned char*>(input.constData()),
                           static_cast<unsigned long long>(input.size()), nullptr, 0);
        sqlite3_bind_int64(m_stmt[5], 1, seq);
        sqlite3_bind_text(m_stmt[5], 2, now.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_stmt[5], 3, "response.saved", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_stmt[5], 4, idU.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_stmt[5], 5, "text", -1, SQLITE_STATIC);
        sqlite3_bind_blob(m_stmt[5], 6, prev.constData(), static_cast<int>(prev.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_blob(m_stmt[5], 7, hash, 32, SQLITE_TRANSIENT);
        sqlite3_step(m_stmt[5]);
        sqlite3_reset(m_stmt[5]);
    }

    qsizetype read(const QString& id)
    {
        const QByteArray idU = id.toUtf8();
        step(6, {idU});
        const qsizetype n = sqlite3_column_bytes(m_stmt[6], 0);
        sqlite3_reset(m_stmt[6]);
        return n;
    }

private:
    void step(int i, std::initializer_list<QByteArray> binds)
    {
        int k = 1;
        for (const auto& b : binds) {
            sqlite3_bind_text(m_stmt[i], k++, b.constData(), static_cast<int>(b.size()),
                              SQLITE_TRANSIENT);
        }
        sqlite3_step(m_stmt[i]);
    }

    sqlite3* m_db;
    sqlite3_stmt* m_stmt[7] = {};
};

struct Timing
{
    double write = 0;
    double read = 0;
};

Timing runStore(bool plaintext)
{
    QTemporaryDir dir;
    const auto key = SecretBytes::random(32);
    Store::Options options;
    options.database.plaintext = plaintext;
    auto store = Store::open(dir.path(), key, Database::OpenMode::Create, options);
    if (!store) {
        std::fprintf(stderr, "open: %s\n", qPrintable(store.error().message));
        std::exit(1);
    }
    const Fixture fx = prepare(*store.value());
    QStringList ids;
    Timing t;
    t.write = writeThroughStore(*store.value(), fx, ids);
    t.read = readThroughStore(*store.value(), ids);
    return t;
}

Timing runRaw()
{
    QTemporaryDir dir;
    const auto key = SecretBytes::random(32);
    auto store = Store::open(dir.path(), key, Database::OpenMode::Create);
    const Fixture fx = prepare(*store.value());
    sqlite3* db = store.value()->database().handle();
    RawWriter raw(db);
    QStringList ids;
    Timing t;
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    for (int s = 0; s < kSessions; ++s) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (int a = 0; a < kAnswersPerSession; ++a, ++n) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            raw.write(fx.sessions.at(s), fx.participants.at(s % kParticipants), answerText(n), id);
            ids << id;
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    t.write = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    std::shuffle(ids.begin(), ids.end(), *QRandomGenerator::global());
    timer.restart();
    qsizetype bytes = 0;
    for (const auto& id : ids) {
        bytes += raw.read(id);
    }
    t.read = bytes > 0 ? static_cast<double>(timer.nsecsElapsed()) / 1e9 : -1;
    return t;
}

double unlockSeconds(KdfCost cost)
{
    QTemporaryDir dir;
    KeyVault vault(dir.filePath("keyslots.json"));
    (void)vault.create("benchmark passphrase", cost);
    QElapsedTimer t;
    t.start();
    auto key = vault.unlockWithPassphrase("benchmark passphrase");
    return key ? static_cast<double>(t.nsecsElapsed()) / 1e9 : -1;
}

void printRatio(const char* what, double value, double baseline, double target)
{
    std::printf("%-44s %6.2fx  (target <= %.2fx) %s\n", what, value / baseline, target,
                value / baseline <= target ? "met" : "NOT MET");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int total = kSessions * kAnswersPerSession;
    std::printf("store_bench: %d answers, %d transactions of %d, SQLCipher WAL synchronous=FULL\n",
                total, kSessions, kAnswersPerSession);
    const Timing encrypted = runStore(false);
    const Timing plain = runStore(true);
    const Timing raw = runRaw();
    std::printf("%-28s %10s %12s %10s %12s\n", "", "write s", "answers/s", "read s", "reads/s");
    for (const auto& [name, t] :
         {std::pair{"store API, encrypted", encrypted}, std::pair{"store API, plaintext", plain},
          std::pair{"raw sqlite3, encrypted", raw}}) {
        std::printf("%-28s %10.2f %12.0f %10.2f %12.0f\n", name, t.write, total / t.write, t.read,
                    total / t.read);
    }
    printRatio("writes: encrypted / plaintext", encrypted.write, plain.write, 1.4);
    printRatio("reads: encrypted / plaintext", encrypted.read, plain.read, 1.15);
    printRatio("writes: store API / raw sqlite3", encrypted.write, raw.write, 1.2);
    printRatio("reads: store API / raw sqlite3", encrypted.read, raw.read, 1.2);
    const KdfCost cost = KdfCost::calibrate(500);
    std::printf("unlock (Argon2id, opslimit %llu, memlimit %zu MiB): %.3f s\n", cost.opsLimit,
                cost.memLimit / (1024 * 1024), unlockSeconds(cost));
    return 0;
}
