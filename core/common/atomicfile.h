#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace chorus {

/** Replaces the file at path with data so that a crash leaves either the old or the new
 *  content, never a mix: write a sibling, fsync it, rename over, fsync the folder. */
Status writeFileAtomically(const QString& path, const QByteArray& data);

/** Overwrites a file with random bytes, syncs, then unlinks it. */
Status shredFile(const QString& path);

} // namespace chorus
