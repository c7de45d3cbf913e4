// The two halves of own time as separate processes, for the kill -9 test (issue 16):
//   owntimetool send DATA_DIR   < pin        opens the young person's view with their PIN,
//                                             saves one more draft unless sent, and sends
//   owntimetool import DATA_DIR < passphrase unlocks the store and imports the inbox
// Each reports a draft ("saved ID") only after it was committed. With CHORUS_KILL_AT=STEP
// the process kills itself with SIGKILL when it reaches that step (OwnTime's step names).
#include "core/store/owntime.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

using namespace chorus;

namespace {

const char* s_killAt = nullptr;

void killAtStep(const char* step)
{
    if (s_killAt != nullptr && std::strcmp(step, s_killAt) == 0) {
        std::raise(SIGKILL);
    }
}

int fail(const Error& e)
{
    std::fprintf(stderr, "owntimetool: %s\n", qPrintable(e.message));
    return 1;
}

int send(const QString& dataDir, const QByteArray& pin)
{
    auto opened = OwnTime::open(dataDir, pin);
    if (!opened) {
        return fail(opened.error());
    }
    std::printf("opened\n");
    std::fflush(stdout);
    Store& session = *opened->store;
    if (!OwnTime::isSent(session)) {
        auto people = session.consultations().sessionParticipants(opened->sessionId);
        Response r;
        r.sessionId = opened->sessionId;
        r.participantId = people->first();
        r.activityId = QStringLiteral("say");
        r.kind = AnswerKind::Text;
        r.text = QStringLiteral("own time answer ").repeated(20);
        r.draft = true;
        auto saved = session.responses().save(r);
        if (!saved) {
            return fail(saved.error());
        }
        std::printf("saved %s\n", qPrintable(saved->id));
        std::fflush(stdout);
    }
    if (auto st = OwnTime::send(session, dataDir, opened->sessionId); !st) {
        return fail(st.error());
    }
    std::printf("sent\n");
    return 0;
}

int import(const QString& dataDir, const QByteArray& passphrase)
{
    auto store = Store::unlock(dataDir, passphrase);
    if (!store) {
        return fail(store.error());
    }
    std::printf("unlocked\n");
    std::fflush(stdout);
    auto report = OwnTime::importInbox(*store.value());
    if (!report) {
        return fail(report.error());
    }
    std::printf("imported %d\n", report->imported);
    return report->refused.isEmpty() ? 0 : 4;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: owntimetool send|import DATA_DIR < secret\n");
        return 64;
    }
    s_killAt = std::getenv("CHORUS_KILL_AT");
    OwnTime::setStepHookForTests(&killAtStep);
    std::string secret;
    std::getline(std::cin, secret);
    const QString dataDir = QString::fromLocal8Bit(argv[2]);
    if (std::strcmp(argv[1], "send") == 0) {
        return send(dataDir, QByteArray::fromStdString(secret));
    }
    if (std::strcmp(argv[1], "import") == 0) {
        return import(dataDir, QByteArray::fromStdString(secret));
    }
    return 64;
}
