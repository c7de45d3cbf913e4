#pragma once

// chorus-hub's configuration file (/etc/chorus-hub/chorus-hub.conf in the Debian package):
// what an IT team sets once so that `chorus-hub serve` under systemd and the admin commands
// typed by hand (`chorus-hub add-reviewer NAME`) use the same database without --db.
//
// The format is one `key = value` per line; `#` starts a comment line. Keys:
//   database                sqlite:PATH or postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE
//   listen                  ADDRESS:PORT for `serve` (loopback behind nginx)
//   small-number-threshold  counts below it are shown as "fewer than N" (applied at start)
//   user                    the account the hub's files belong to; root switches to it
// Options on the command line win over the file.

#include "core/common/result.h"

#include <QString>

#include <optional>

namespace chorus::hub {

/** The settings read from a configuration file; empty or unset where the file is silent. */
struct HubConfig
{
    QString path; ///< the file these came from (for messages); empty: no file
    QString database;
    QString listen;
    std::optional<int> smallNumberThreshold;
    QString user;
};

/** The file to read when --config is not given: $CHORUS_HUB_CONFIG if set, else the system
 *  file. `explicitly` says whether the file must exist (a named file that is missing is an
 *  error; the system file is optional, so that a developer's hub needs none). */
struct ConfigChoice
{
    QString path;
    bool explicitly = false;
};
[[nodiscard]] ConfigChoice defaultConfigFile();

/** Reads `path`. A missing optional file gives an empty config; anything else that is wrong
 *  is an error naming the file and the line: Io when it cannot be read, Invalid for an
 *  unknown key or a bad value. */
[[nodiscard]] Result<HubConfig> readHubConfig(const ConfigChoice& choice);

/** Run by root with `user` set: becomes that user (and its group), so that a database file
 *  the hub creates or writes stays the service's. Does nothing otherwise. NotFound when
 *  there is no such account, Io when the switch fails. */
[[nodiscard]] Status switchToConfiguredUser(const HubConfig& config);

} // namespace chorus::hub
