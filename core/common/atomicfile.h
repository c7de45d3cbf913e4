#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace chorus {

/** Replaces the file at path with data so that a crash leaves either the old or the new
 *  content, never a mix: write a sibling, fsync it, rename over, fsync the folder. */
Status writeFileAtomically(const QString& path, const QByteArray& data);

/** Writes data over the start of the file at path (creating it when missing) and fsyncs
 *  it, without making a new copy: for small fixed-size records that change often, where a
 *  rename would leave every earlier version in freed blocks. A crash mid-write can leave a
 *  mix of old and new bytes, so the record must be able to tell (a MAC, say). */
Status writeFileInPlace(const QString& path, const QByteArray& data);

/** Overwrites a file with random bytes, syncs, then unlinks it. */
Status shredFile(const QString& path);

} // namespace chorus
