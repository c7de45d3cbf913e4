// store_bench: the encrypted store against the same code on a plaintext database, and
// against raw sqlite3 calls doing the same work, in one run. Prints the ratios the
// foundation issue sets targets for, and the Argon2id unlock time.
#include "core/crypto/keyvault.h"
#include "core/db/migrations.h"
#include "core/store/store.h"
#include "core/store/storeutil.h"

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

/** The statements the store runs for one new text answer, hand-written against sqlite3 with
 *  statements prepared once: the floor the store API is measured against. Same SQL, same
 *  rows (responses with the same retention date, audit entries the same hash chain, which
 *  AuditLog::verify checks after the run), same transaction shape; only the store's own
 *  layers (Statement, Result, the statement cache, the domain types) are left out. */
class RawWriter
{
public:
    enum Stmt {
        Begin,
        Commit,
        ConsentInForce,
        Placement,
        InsertResponse,
        AuditHead,
        InsertAudit,
        ReadResponse,
        kCount
    };

    explicit RawWriter(sqlite3* db) : m_db(db)
    {
        const char* sql[kCount] = {
            "BEGIN IMMEDIATE",
            "COMMIT",
            // ConsentBook::inForce: the whole newest consent event.
            "SELECT id, participant_id, event, given_by, age_band, assessor, assessment_basis, "
            "explanation_version, explanation_language, method, scopes, at FROM consent_events "
            "WHERE participant_id = ? ORDER BY id DESC LIMIT 1",
            // Responses::save: participant in the session, activity in the consultation.
            "SELECT c.retention_days, EXISTS (SELECT 1 FROM json_each(c.activities) WHERE value "
            "= ?3) FROM sessions s JOIN session_participants sp ON sp.session_id = s.id AND "
            "sp.participant_id = ?2 JOIN consultations c ON c.id = s.consultation_id WHERE s.id "
            "= ?1",
            "INSERT INTO responses (id, session_id, participant_id, consent_id, activity_id, "
            "prompt_id, kind, text_value, value_json, draft, created_at, updated_at, "
            "retain_until) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            "INSERT INTO audit_log (seq, at, action, subject, detail, prev_hash, hash) VALUES "
            "(?,?,?,?,?,?,?)",
            "SELECT r.id, r.session_id, r.participant_id, r.consent_id, r.activity_id, "
            "r.prompt_id, r.kind, r.text_value, r.value_json, r.draft, r.created_at, "
            "r.retain_until, m.mime, m.duration_ms, m.data "
            "FROM responses r LEFT JOIN media m ON m.response_id = r.id WHERE r.id = ?",
        };
        for (int i = 0; i < kCount; ++i) {
            if (sqlite3_prepare_v2(m_db, sql[i], -1, &m_stmt[i], nullptr) != SQLITE_OK) {
                fail("prepare");
            }
        }
    }
    ~RawWriter()
    {
        for (auto* s : m_stmt) {
            sqlite3_finalize(s);
        }
    }
    RawWriter(const RawWriter&) = delete;
    RawWriter& operator=(const RawWriter&) = delete;

    void begin()
    {
        run(Begin);
        m_headKnown = false; // as the store: the chain head is read once per transaction
    }
    void commit() { run(Commit); }

    void write(const QString& session, const QString& participant, const QString& text,
               const QString& id)
    {
        const QByteArray sessionU = session.toUtf8(), participantU = participant.toUtf8(),
                         idU = id.toUtf8(), textU = text.toUtf8();
        const QByteArray activity("say"), noPrompt(""), kind("text");

        sqlite3_stmt* consent = m_stmt[ConsentInForce];
        bindText(consent, 1, participantU);
        if (sqlite3_step(consent) != SQLITE_ROW) {
            fail("consent");
        }
        // The store reads the whole record; so does this, as text, and checks it is in force.
        const qint64 consentId = sqlite3_column_int64(consent, 0);
        for (int c = 1; c < 12; ++c) {
            m_sink += columnText(consent, c).size();
        }
        if (columnText(consent, 2) == QLatin1String("withdrawn")) {
            fail("withdrawn");
        }
        sqlite3_reset(consent);

        sqlite3_stmt* placement = m_stmt[Placement];
        bindText(placement, 1, sessionU);
        bindText(placement, 2, participantU);
        bindText(placement, 3, activity);
        if (sqlite3_step(placement) != SQLITE_ROW || sqlite3_column_int64(placement, 1) == 0) {
            fail("placement");
        }
        const int retentionDays = sqlite3_column_int(placement, 0);
        sqlite3_reset(placement);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray created = isoUtf8(now), retain = isoUtf8(now.addDays(retentionDays));
        sqlite3_stmt* insert = m_stmt[InsertResponse];
        bindText(insert, 1, idU);
        bindText(insert, 2, sessionU);
        bindText(insert, 3, participantU);
        sqlite3_bind_int64(insert, 4, consentId);
        bindText(insert, 5, activity);
        bindText(insert, 6, noPrompt);
        bindText(insert, 7, kind);
        bindText(insert, 8, textU);
        sqlite3_bind_null(insert, 9);
        sqlite3_bind_int64(insert, 10, 0);
        bindText(insert, 11, created);
        bindText(insert, 12, created);
        bindText(insert, 13, retain);
        run(InsertResponse);

        appendAudit("response.saved", idU, "text");
    }

    qsizetype read(const QString& id)
    {
        sqlite3_stmt* s = m_stmt[ReadResponse];
        const QByteArray idU = id.toUtf8();
        bindText(s, 1, idU);
        if (sqlite3_step(s) != SQLITE_ROW) {
            fail("read");
        }
        // Copy every column out, as the store does into its Response.
        qsizetype n = 0;
        for (int c = 0; c < 15; ++c) {
            n += columnText(s, c).size();
        }
        sqlite3_reset(s);
        return n;
    }

private:
    /** AuditLog::append: the same length-prefixed fields and BLAKE2b chain. */
    void appendAudit(const QByteArray& action, const QByteArray& subject, const QByteArray& detail)
    {
        if (!m_headKnown) {
            sqlite3_stmt* head = m_stmt[AuditHead];
            if (sqlite3_step(head) == SQLITE_ROW) {
                m_seq = sqlite3_column_int64(head, 0);
                m_prev = QByteArray(static_cast<const char*>(sqlite3_column_blob(head, 1)),
                                    sqlite3_column_bytes(head, 1));
            } else {
                m_seq = 0;
                m_prev = QByteArray(32, '\0');
            }
            sqlite3_reset(head);
            m_headKnown = true;
        }
        const qint64 seq = m_seq + 1;
        const QByteArray at = isoUtf8(QDateTime::currentDateTimeUtc());
        QByteArray input = m_prev + QByteArray::number(seq) + '\n';
        for (const QByteArray* field : {&at, &action, &subject, &detail}) {
            input += QByteArray::number(field->size()) + ':' + *field;
        }
        QByteArray hash(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(hash.data()), 32,
                           reinterpret_cast<const unsigned char*>(input.constData()),
                           static_cast<unsigned long long>(input.size()), nullptr, 0);
        sqlite3_stmt* insert = m_stmt[InsertAudit];
        sqlite3_bind_int64(insert, 1, seq);
        bindText(insert, 2, at);
        bindText(insert, 3, action);
        bindText(insert, 4, subject);
        bindText(insert, 5, detail);
        sqlite3_bind_blob(insert, 6, m_prev.constData(), static_cast<int>(m_prev.size()),
                          SQLITE_STATIC);
        sqlite3_bind_blob(insert, 7, hash.constData(), 32, SQLITE_STATIC);
        run(InsertAudit);
        m_seq = seq;
        m_prev = hash;
    }

    static QByteArray isoUtf8(const QDateTime& t)
    {
        return isoTime(t).toUtf8(); // the store's own fast formatter
    }
    /** Binds without a copy, as the store does: every buffer bound here outlives the step
     *  and reset of its statement, and every parameter is bound again before the next step. */
    static void bindText(sqlite3_stmt* s, int i, const QByteArray& v)
    {
        sqlite3_bind_text(s, i, v.constData(), static_cast<int>(v.size()), SQLITE_STATIC);
    }
    static QString columnText(sqlite3_stmt* s, int c)
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
        return QString::fromUtf8(p, sqlite3_column_bytes(s, c));
    }
    void run(Stmt i)
    {
        if (sqlite3_step(m_stmt[i]) != SQLITE_DONE) {
            fail("step");
        }
        sqlite3_reset(m_stmt[i]);
    }
    [[noreturn]] void fail(const char* what) const
    {
        std::fprintf(stderr, "raw sqlite3 %s: %s\n", what, sqlite3_errmsg(m_db));
        std::exit(1);
    }

    sqlite3* m_db;
    sqlite3_stmt* m_stmt[kCount] = {};
    bool m_headKnown = false;
    qint64 m_seq = 0;
    QByteArray m_prev;
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
    bool active = true;

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
            if (raw) {
                writeRawSession(s);
                continue;
            }
            Transaction tx(store->database());
            for (int a = 0; a < kAnswersPerSession; ++a, ++written) {
                Response r;
                r.sessionId = fx.sessions.at(s);
                r.participantId = fx.participants.at(s % kParticipants);
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

    void writeRawSession(int s)
    {
        raw->begin();
        for (int a = 0; a < kAnswersPerSession; ++a, ++written) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            raw->write(fx.sessions.at(s), fx.participants.at(s % kParticipants),
                       answerText(written), id);
            ids << id;
        }
        raw->commit();
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

void usage()
{
    std::printf(
        "usage: store_bench [--sessions N] [--only store|plaintext|raw]\n"
        "  --sessions N  sessions of %d answers to write and read (default 5000: 100,000 "
        "answers)\n"
        "  --only MODE   run one mode alone (for profiling, e.g. under callgrind); no ratios\n",
        kAnswersPerSession);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = QCoreApplication::arguments();
    if (args.contains("--help") || args.contains("-h")) {
        usage();
        return 0;
    }
    if (const int i = args.indexOf("--sessions"); i > 0) {
        kSessions = args.value(i + 1).toInt();
    }
    const QString only = args.indexOf("--only") > 0 ? args.value(args.indexOf("--only") + 1) : "";
    if (kSessions < 20 || !QStringList{"", "store", "plaintext", "raw"}.contains(only)) {
        usage();
        return 2;
    }
    const int total = kSessions * kAnswersPerSession;
    std::printf("store_bench: %d answers in %d transactions of %d, WAL, synchronous=FULL, page "
                "cache %d MiB\n",
                total, kSessions, kAnswersPerSession, Database::Options{}.cacheKiB / 1024);
    Mode modes[] = {{"store API, encrypted", false, false},
                    {"store API, plaintext", true, false},
                    {"raw sqlite3, encrypted", false, true}};
    const char* keys[] = {"store", "plaintext", "raw"};
    for (int i = 0; i < 3; ++i) {
        modes[i].active = only.isEmpty() || only == keys[i];
    }
    // Interleave the modes in chunks so that other load on the machine hits all alike.
    constexpr int kChunks = 20;
    const int perChunk = kSessions / kChunks;
    for (int c = 0; c < kChunks; ++c) {
        for (auto& m : modes) {
            if (!m.active) {
                continue;
            }
            timed(m.write, [&] { m.writeSessions(c * perChunk, perChunk); });
        }
    }
    for (auto& m : modes) {
        std::shuffle(m.ids.begin(), m.ids.end(), *QRandomGenerator::global());
    }
    const qsizetype perReadChunk = total / kChunks;
    for (int c = 0; c < kChunks; ++c) {
        for (auto& m : modes) {
            if (!m.active) {
                continue;
            }
            timed(m.read, [&] { (void)m.readIds(m.ids.mid(c * perReadChunk, perReadChunk)); });
        }
    }
    std::printf("%-26s %9s %9s %11s %9s %9s %9s\n", "", "write s", "cpu s", "answers/s", "read s",
                "cpu s", "reads/s");
    for (const auto& m : modes) {
        if (!m.active) {
            continue;
        }
        std::printf("%-26s %9.2f %9.2f %11.0f %9.2f %9.2f %9.0f\n", m.name, m.write.wall,
                    m.write.cpu, total / m.write.wall, m.read.wall, m.read.cpu,
                    total / m.read.wall);
    }
    // The baseline must have written the same audit chain as the store, entry for entry.
    for (auto& m : modes) {
        auto entries = m.store->audit().verify();
        if (!entries) {
            std::fprintf(stderr, "%s: %s\n", m.name, qPrintable(entries.error().message));
            return 1;
        }
        std::printf("%-26s audit chain verified, %d entries\n", m.name, entries.value());
    }
    if (!only.isEmpty()) {
        return 0;
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
