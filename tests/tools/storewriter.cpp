// A process that writes answers as fast as it can and reports each one only after COMMIT
// returned, for the kill -9 test (REL-1). Reads the passphrase from stdin.
#include "core/store/store.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace chorus;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr,
                     "usage: storewriter DATA_DIR SESSION_ID PARTICIPANT_ID < passphrase\n");
        return 64;
    }
    std::string passphrase;
    std::getline(std::cin, passphrase);
    auto store =
        Store::unlock(QString::fromLocal8Bit(argv[1]), QByteArray::fromStdString(passphrase));
    if (!store) {
        std::fprintf(stderr, "storewriter: %s\n", qPrintable(store.error().message));
        return 2;
    }
    for (int i = 0;; ++i) {
        // A session's worth of answers per transaction, as the app writes them.
        Transaction tx(store.value()->database());
        QStringList ids;
        for (int j = 0; j < 5; ++j) {
            Response r;
            r.sessionId = QString::fromLocal8Bit(argv[2]);
            r.participantId = QString::fromLocal8Bit(argv[3]);
            r.activityId = QStringLiteral("say");
            r.kind = AnswerKind::Text;
            r.text = QStringLiteral("answer %1.%2 ").arg(i).arg(j).repeated(1 + (i * 7 + j) % 40);
            auto saved = store.value()->responses().save(r);
            if (!saved) {
                std::fprintf(stderr, "storewriter: %s\n", qPrintable(saved.error().message));
                return 1;
            }
            ids << saved->id;
        }
        if (auto st = tx.commit(); !st) {
            std::fprintf(stderr, "storewriter: %s\n", qPrintable(st.error().message));
            return 1;
        }
        for (const auto& id : ids) {
            std::printf("saved %s\n", qPrintable(id));
        }
        std::fflush(stdout);
    }
}
