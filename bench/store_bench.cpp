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
#include <ctime>

using namespace chorus;

namespace {

int kSessions = 5000; // --sessions N for a quicker look
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
        consent.scopes = StoreOnDevice; // sharing (anonymise + outbox) is measured by its own bench
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
            "SELECT r.id, r.session_id, r.participant_id, r.consent_id, r.activity_id, "
            "r.prompt_id, r.kind, "
            "r.text_value, r.value_json, r.draft, r.created_at, r.retain_until, m.mime, "
            "m.duration_ms, m.data "
            "FROM responses r LEFT JOIN media m ON m.response_id = r.id WHERE r.id = ?",
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
        qsizetype copied = 0;
        for (int c = 0; c < 12; ++c) { // the store reads the whole consent record
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt[0], c));
            copied += QString::fromUtf8(p, sqlite3_column_bytes(m_stmt[0], c)).size();
        }
        m_sink += copied;
        sqlite3_reset(m_stmt[0]);
        step(1, {sessionU, participantU, QByteArray("say")});
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
        // Copy every column out, as the store does into its Response.
        qsizetype n = 0;
        for (int c = 0; c < 15; ++c) {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt[6], c));
            n += QString::fromUtf8(p, sqlite3_column_bytes(m_stmt[6], c)).size();
        }
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
    qsizetype m_sink = 0; ///< keeps the copies from being optimised away
};

/** Wall-clock and CPU seconds, summed over the chunks of one mode. */
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

/** Times one chunk of work into t. */
template <typename F> void timed(Timing& t, F&& work)
{
    QElapsedTimer wall;
    const double cpu0 = cpuSeconds();
    wall.start();
    work();
    t.wall += static_cast<double>(wall.nsecsElapsed()) / 1e9;
    t.cpu += cpuSeconds() - cpu0;
}

/** One of the three ways of writing the same answers, with its own store. */
struct Mode
{
    const char* name;
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<Store> store;
    Fixture fx;
    std::unique_ptr<RawWriter> raw; ///< set for the raw sqlite3 baseline
    QStringList ids;
    Timing write;
    Timing read;
    int written = 0;

    Mode(const char* n, bool plaintext, bool useRaw) : name(n)
    {
        Store::Options options;
        options.database.plaintext = plaintext;
        auto opened =
            Store::open(dir->path(), SecretBytes::random(32), Database::OpenMode::Create, options);
        if (!opened) {
            std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
            std::exit(1);
        }
        store = std::move(opened.value());
        fx = prepare(*store);
        if (useRaw) {
            raw = std::make_unique<RawWriter>(store->database().handle());
        }
    }

    void writeSessions(int first, int count)
    {
        for (int s = first; s < first + count; ++s) {
            Transaction tx(store->database());
            for (int a = 0; a < kAnswersPerSession; ++a, ++written) {
                const QString& participant = fx.participants.at(s % kParticipants);
                if (raw) {
                    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    raw->write(fx.sessions.at(s), participant, answerText(written), id);
                    ids << id;
                    continue;
                }
                Response r;
                r.sessionId = fx.sessions.at(s);
                r.participantId = participant;
                r.activityId = "say";
                r.kind = AnswerKind::Text;
                r.text = answerText(written);
                auto saved = store->responses().save(r);
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
    }

    qsizetype readIds(const QStringList& some)
    {
        qsizetype bytes = 0;
        for (const auto& id : some) {
            bytes += raw ? raw->read(id) : store->responses().get(id)->text.size();
        }
        return bytes;
    }
};

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

void printRatio(const char* what, const Timing& value, const Timing& baseline, double target)
{
    const double wall = value.wall / baseline.wall;
    std::printf("%-36s wall %5.2fx  cpu %5.2fx  (target <= %.2fx) %s\n", what, wall,
                value.cpu / baseline.cpu, target, wall <= target ? "met" : "NOT MET");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (const int i = QCoreApplication::arguments().indexOf("--sessions"); i > 0) {
        kSessions = QCoreApplication::arguments().value(i + 1).toInt();
    }
    const int total = kSessions * kAnswersPerSession;
    std::printf("store_bench: %d answers in %d transactions of %d, WAL, synchronous=FULL, page "
                "cache %d MiB\n",
                total, kSessions, kAnswersPerSession, Database::Options{}.cacheKiB / 1024);
    Mode modes[] = {{"store API, encrypted", false, false},
                    {"store API, plaintext", true, false},
                    {"raw sqlite3, encrypted", false, true}};
    // Interleave the modes in chunks so that other load on the machine hits all alike.
    constexpr int kChunks = 20;
    const int perChunk = kSessions / kChunks;
    for (int c = 0; c < kChunks; ++c) {
        for (auto& m : modes) {
            timed(m.write, [&] { m.writeSessions(c * perChunk, perChunk); });
        }
    }
    for (auto& m : modes) {
        std::shuffle(m.ids.begin(), m.ids.end(), *QRandomGenerator::global());
    }
    const qsizetype perReadChunk = total / kChunks;
    for (int c = 0; c < kChunks; ++c) {
        for (auto& m : modes) {
            timed(m.read, [&] { (void)m.readIds(m.ids.mid(c * perReadChunk, perReadChunk)); });
        }
    }
    std::printf("%-26s %9s %9s %11s %9s %9s %9s\n", "", "write s", "cpu s", "answers/s", "read s",
                "cpu s", "reads/s");
    for (const auto& m : modes) {
        std::printf("%-26s %9.2f %9.2f %11.0f %9.2f %9.2f %9.0f\n", m.name, m.write.wall,
                    m.write.cpu, total / m.write.wall, m.read.wall, m.read.cpu,
                    total / m.read.wall);
    }
    std::printf(
        "(cipher_memory_security is process-wide in SQLCipher, so it is on in all three)\n");
    printRatio("writes: encrypted / plaintext", modes[0].write, modes[1].write, 1.4);
    printRatio("reads: encrypted / plaintext", modes[0].read, modes[1].read, 1.15);
    printRatio("writes: store API / raw sqlite3", modes[0].write, modes[2].write, 1.2);
    printRatio("reads: store API / raw sqlite3", modes[0].read, modes[2].read, 1.2);
    const KdfCost cost = KdfCost::calibrate(500);
    std::printf("unlock (Argon2id, opslimit %llu, memlimit %zu MiB): %.3f s\n", cost.opsLimit,
                cost.memLimit / (1024 * 1024), unlockSeconds(cost));
    return 0;
}
