#pragma once

#include <QStringList>
#include <QTextStream>

/** `chorusctl redact [--names-file FILE]`: reads statements one per line from in and writes the
 *  anonymised text of each, one per line and in order, to out. args are the words after
 *  "redact". Returns 0, 1 when the names file cannot be used, or 2 for a usage error. */
int runRedact(const QStringList& args, QTextStream& in, QTextStream& out, QTextStream& err);
