#include "hubconfig.h"

#include "sync/hub/review/suppression.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSet>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace chorus::hub {
namespace {

// The system file of the Debian package (sync/deploy/chorus-hub.conf). Not under the
// install prefix: the package installs to /usr, and /etc is where IT teams look.
constexpr auto kSystemConfig = "/etc/chorus-hub/chorus-hub.conf";

bool validListen(const QString& value)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = value.mid(colon + 1).toInt(&ok);
    return colon > 0 && !QHostAddress(value.left(colon)).isNull() && ok && port >= 0 &&
           port <= 65535;
}

bool validDatabase(const QString& value)
{
    return (value.startsWith(QLatin1String("sqlite:")) && value.size() > 7) ||
           value.startsWith(QLatin1String("postgresql://")) ||
           value.startsWith(QLatin1String("postgres://"));
}

/** Why `value` is not good for `key`, or empty when it is (or the key is unknown: null). */
std::optional<QString> setValue(HubConfig& config, const QString& key, const QString& value)
{
    if (key == QLatin1String("database")) {
        config.database = value;
        return validDatabase(value) ? QString()
                                    : QStringLiteral("database is sqlite:PATH or "
                                                     "postgresql://USER@HOST:PORT/DATABASE");
    }
    if (key == QLatin1String("listen")) {
        config.listen = value;
        return validListen(value)
                   ? QString()
                   : QStringLiteral("listen is ADDRESS:PORT, for example 127.0.0.1:8470");
    }
    if (key == QLatin1String("small-number-threshold")) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok) {
            return QStringLiteral("small-number-threshold is a whole number");
        }
        config.smallNumberThreshold = n;
        const QString why = thresholdProblem(n);
        return why.isEmpty() ? QString() : QStringLiteral("small-number-threshold: ") + why;
    }
    if (key == QLatin1String("user")) {
        config.user = value;
        return value.isEmpty() ? QStringLiteral("user needs an account name") : QString();
    }
    return std::nullopt;
}

} // namespace

ConfigChoice defaultConfigFile()
{
    const QString fromEnvironment = qEnvironmentVariable("CHORUS_HUB_CONFIG");
    if (!fromEnvironment.isEmpty()) {
        return {fromEnvironment, true};
    }
    return {QString::fromLatin1(kSystemConfig), false};
}

Result<HubConfig> readHubConfig(const ConfigChoice& choice)
{
    HubConfig config;
    QFile file(choice.path);
    if (!file.exists() && !choice.explicitly) {
        return config;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return makeError(Error::Code::Io, QStringLiteral("cannot read the configuration file "
                                                         "%1: %2")
                                              .arg(choice.path, file.errorString()));
    }
    config.path = choice.path;
    QSet<QString> seen;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const auto where = QStringLiteral("%1, line %2: ").arg(choice.path).arg(lineNumber);
        const auto invalid = [&where](const QString& why) {
            return makeError(Error::Code::Invalid, where + why);
        };
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            return invalid(QStringLiteral("expected KEY = VALUE"));
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (seen.contains(key)) {
            return invalid(key + QStringLiteral(" is set twice"));
        }
        seen.insert(key);
        const auto problem = setValue(config, key, value);
        if (!problem) {
            return invalid(QStringLiteral("unknown key %1 (known: database, listen, "
                                          "small-number-threshold, user)")
                               .arg(key));
        }
        if (!problem->isEmpty()) {
            return invalid(*problem);
        }
    }
    return config;
}

Status switchToConfiguredUser(const HubConfig& config)
{
    if (config.user.isEmpty() || geteuid() != 0) {
        return Status::success();
    }
    const passwd* account = getpwnam(config.user.toLocal8Bit().constData());
    if (!account) {
        return makeError(
            Error::Code::NotFound,
            QStringLiteral("the user %1 named in %2 does not exist").arg(config.user, config.path));
    }
    // Group first: after setuid there is no right left to change it.
    if (initgroups(account->pw_name, account->pw_gid) != 0 || setgid(account->pw_gid) != 0 ||
        setuid(account->pw_uid) != 0) {
        return makeError(Error::Code::Io,
                         QStringLiteral("cannot switch to the user %1").arg(config.user));
    }
    return Status::success();
}

} // namespace chorus::hub
